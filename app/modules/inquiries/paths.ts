/** A thread as each side sees it: the producer's inbox and the buyer's sent requests. */
export const threadPath = {
  producer: (id: string) => `/nha-san-xuat/hop-thu/${encodeURIComponent(id)}`,
  buyer: (id: string) => `/nguoi-mua/yeu-cau/${encodeURIComponent(id)}`,
}
