// Photo limits, client-safe so the editor checks them in the browser before uploading anything;
// the server checks them again (and the content, by its first bytes) in images.server.ts.
export const MAX_PHOTOS = 8
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
