/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single Fetch (future.v3_singleFetch): loader data keeps Dates, Maps… and is typed accordingly.
declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}

export {}
