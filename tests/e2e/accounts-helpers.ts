// Set-up for the accounts specs, done in the database rather than through screens other tests
// already cover: accounts, a session for an existing account (log-in without spending the log-in
// rate limit), and the products and certificates a scenario starts from.
import { randomBytes, randomUUID } from 'node:crypto'
import type { BrowserContext } from '@playwright/test'
import { hashPassword } from '../../app/modules/accounts/password.server.ts'
import { markForSearch, query } from './db.ts'
import { E2E_BASE_URL } from './e2e-env.ts'

/** The e2e server runs the production build: the cookie carries the `__Host-` prefix. */
export const SESSION_COOKIE = '__Host-ocop_session'
export const DEMO_PASSWORD = 'OcopDemo#2026'
export const DEMO = {
  producer: 'nhasanxuat@demo.ocop.vn',
  buyer: 'nguoimua@demo.ocop.vn',
  organiser: 'bantochuc@demo.ocop.vn',
  admin: 'quantri@demo.ocop.vn',
} as const

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${randomBytes(3).toString('hex')}@e2e.ocop.vn`
}

export function uniqueTaxCode() {
  return `8${String(Date.now()).slice(-6)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`
}

export async function userId(email: string) {
  const [row] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email])
  if (!row) throw new Error(`No user ${email}`)
  return row.id
}

export async function createAccount(input: { email: string; password: string; name: string; role: 'PRODUCER' | 'BUYER'; producerId?: string }) {
  const id = randomUUID()
  await query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role, "producerId", "memberRole", "updatedAt")
     VALUES ($1, $2, $3, $4, $5::"Role", $6, 'OWNER', now())`,
    [id, input.email, await hashPassword(input.password), input.name, input.role, input.producerId ?? null],
  )
  return id
}

/** Logs the context in as an existing account by creating its session row directly. */
export async function logInAs(context: BrowserContext, email: string) {
  const sessionId = randomBytes(20).toString('hex')
  await query(
    `INSERT INTO "Session" (id, "userId", "expiresAt", "absoluteExpiresAt", "userAgent")
     VALUES ($1, $2, now() + interval '14 days', now() + interval '30 days', 'Playwright fixture')`,
    [sessionId, await userId(email)],
  )
  // Chromium refuses a Secure cookie given with an http:// url, but takes host + path (127.0.0.1 is a
  // secure context, so the browser then sends it over plain http, as it does for the real cookie).
  await context.addCookies([
    { name: SESSION_COOKIE, value: sessionId, domain: new URL(E2E_BASE_URL).hostname, path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
  ])
  return sessionId
}

/**
 * Every spec runs from 127.0.0.1, so the per-address limits (20 log-ins per 15 minutes, 5 sign-ups
 * per hour) would be shared by the whole suite and by reruns against a reused server. Tests that
 * sign up or log in through the form start from fresh per-address counters; per-account counters,
 * which the brute-force test relies on, are left alone.
 */
export async function resetAddressRateLimits() {
  await query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'login:ip:%' OR key LIKE 'signup:ip:%' OR key LIKE 'reset:ip:%'`)
}

export async function createProducer(input: { legalName: string; status: 'DRAFT' | 'PENDING' | 'VERIFIED' }) {
  const id = randomUUID()
  await query(
    `INSERT INTO "Producer" (id, slug, "legalName", type, status, "taxCode", "updatedAt")
     VALUES ($1, $2, $3, 'COOPERATIVE', $4::"ProfileStatus", $5, now())`,
    [id, `e2e-${id}`, input.legalName, input.status, uniqueTaxCode()],
  )
  await markForSearch('PRODUCER', id)
  return id
}

export async function createProduct(producerId: string, nameVi: string, status: 'DRAFT' | 'PUBLISHED' = 'PUBLISHED') {
  const id = randomUUID()
  const slug = `${nameVi.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id.slice(0, 8)}`
  await query(
    `INSERT INTO "Product" (id, "producerId", slug, "nameVi", "groupId", unit, "minOrderQuantity", status, "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, '1', 'hộp', 20, $5::"ProductStatus", CASE WHEN $5 = 'PUBLISHED' THEN now() END, now())`,
    [id, producerId, slug, nameVi, status],
  )
  await query(`INSERT INTO "PriceTier" (id, "productId", "minQuantity", "priceVnd") VALUES ($1, $2, 20, 45000)`, [randomUUID(), id])
  await markForSearch('PRODUCT', id)
  return { id, slug }
}

export async function createPendingCertificate(producerId: string, productId: string, certificateNumber: string) {
  const id = randomUUID()
  await query(
    `INSERT INTO "Certificate" (id, "producerId", "productId", stars, "certificateNumber", "decisionNumber", "decisionDate",
       "issuingLevel", "issuingAuthority", "issuedAt", "expiresAt", status, "updatedAt")
     VALUES ($1, $2, $3, 3, $4, '77/QĐ-UBND', DATE '2026-03-02', 'PROVINCE', 'UBND tỉnh Vĩnh Long', DATE '2026-03-02', DATE '2029-03-02', 'PENDING', now())`,
    [id, producerId, productId, certificateNumber],
  )
  return id
}

/** A 1×1 PNG (a real image: the logo is decoded and re-encoded by sharp). */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
/** Starts like a PDF: what the content check looks for. */
export const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n')
/** The start of a Windows executable ("MZ" header), to be sent under a .pdf name. */
export const FAKE_EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), Buffer.alloc(512, 0x41)])
