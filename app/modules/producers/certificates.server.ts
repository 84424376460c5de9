// OCOP certificates: producers record them, admins verify them, the clock expires them.
// Every query is scoped by the owner (producerId) so a forgotten check returns nothing, not a leak.
import { requirePermission } from '~/modules/accounts/permissions.server'
import type { Actor } from '~/modules/accounts/permissions'
import { writeAudit } from '~/modules/audit/audit.server'
import { enqueueEmails, toMember, type OutgoingEmail } from '~/modules/mail/outbox.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { enqueueSearchUpdate } from '../../../search/outbox.server'
import { daysUntilExpiry, defaultExpiryDate, isExpired, validUntil } from './certificate-rules'
import type { CertificateInput } from './schemas'
import { appUrl } from '~/utils/env.server'

const certificateListSelect = {
  id: true,
  stars: true,
  certificateNumber: true,
  decisionNumber: true,
  decisionDate: true,
  issuingLevel: true,
  issuingAuthority: true,
  issuedAt: true,
  expiresAt: true,
  status: true,
  rejectionReason: true,
  documentPath: true,
  documentMime: true,
  createdAt: true,
  product: { select: { id: true, nameVi: true, slug: true } },
} as const

export function listCertificates(actor: Actor, producerId: string) {
  requirePermission(actor, 'read:certificate', { producerId })
  return prisma.certificate.findMany({ where: { producerId }, select: certificateListSelect, orderBy: { createdAt: 'desc' } })
}

/** A producer sees only its own certificates; anything else is "not found" (404). */
export async function getCertificateForActor(actor: Actor, id: string) {
  const where = actor.role === 'ADMIN' ? { id } : { id, producerId: actor.producerId ?? '__none__' }
  const certificate = await prisma.certificate.findFirst({
    where,
    select: { ...certificateListSelect, producerId: true, producer: { select: { legalName: true, slug: true } } },
  })
  if (!certificate) throw new Response('Không tìm thấy chứng nhận', { status: 404 })
  return certificate
}

export async function createCertificate(
  actor: Actor,
  input: CertificateInput,
  document: { path: string; mime: string } | null,
) {
  const producerId = actor.producerId
  requirePermission(actor, 'create:certificate', { producerId })
  const product = await prisma.product.findFirst({ where: { id: input.productId, producerId: producerId! }, select: { id: true } })
  if (!product) return { ok: false as const, field: 'productId', message: 'Sản phẩm không thuộc cơ sở của bạn' }
  const duplicate = await prisma.certificate.findUnique({
    where: { issuingAuthority_certificateNumber: { issuingAuthority: input.issuingAuthority, certificateNumber: input.certificateNumber } },
    select: { id: true },
  })
  if (duplicate) return { ok: false as const, field: 'certificateNumber', message: 'Số chứng nhận này đã được khai báo' }

  const certificate = await prisma.$transaction(async (tx) => {
    const created = await tx.certificate.create({
      data: {
        producerId: producerId!,
        productId: product.id,
        stars: input.stars,
        score: input.score ?? null,
        certificateNumber: input.certificateNumber,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        issuingLevel: input.issuingLevel,
        issuingAuthority: input.issuingAuthority,
        issuedAt: input.issuedAt,
        expiresAt: input.expiresAt ?? defaultExpiryDate(input.decisionDate),
        documentPath: document?.path ?? null,
        documentMime: document?.mime ?? null,
        status: 'PENDING',
      },
      select: { id: true },
    })
    await writeAudit(tx, { actorId: actor.id, action: 'certificate.submit', entityType: 'Certificate', entityId: created.id })
    return created
  })
  return { ok: true as const, id: certificate.id }
}

/** Pending certificates, optionally narrowed by certificate number, producer or product name. */
function pendingWhere(search?: string | null) {
  const text = search?.trim()
  if (!text) return { status: 'PENDING' as const }
  const contains = { contains: text, mode: 'insensitive' as const }
  return {
    status: 'PENDING' as const,
    OR: [{ certificateNumber: contains }, { producer: { legalName: contains } }, { product: { nameVi: contains } }],
  }
}

/** The verification queue, oldest first; `skip`/`take` page through it (see countPendingCertificates). */
export function listPendingCertificates(actor: Actor, page: { skip?: number; take?: number; search?: string | null } = {}) {
  requirePermission(actor, 'verify:certificate')
  return prisma.certificate.findMany({
    where: pendingWhere(page.search),
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    skip: page.skip,
    take: page.take,
    select: {
      ...certificateListSelect,
      score: true,
      producer: { select: { id: true, legalName: true, type: true, taxCode: true, province: { select: { name: true } } } },
    },
  })
}

export function countPendingCertificates(actor: Actor, search?: string | null) {
  requirePermission(actor, 'verify:certificate')
  return prisma.certificate.count({ where: pendingWhere(search) })
}

async function decide(actor: Actor, id: string, decision: { approve: true } | { approve: false; reason: string }) {
  requirePermission(actor, 'verify:certificate')
  return prisma.$transaction(async (tx) => {
    const updated = await tx.certificate.updateMany({
      where: { id, status: 'PENDING' },
      data: decision.approve
        ? { status: 'VERIFIED', reviewedById: actor.id, reviewedAt: now(), rejectionReason: null }
        : { status: 'REJECTED', reviewedById: actor.id, reviewedAt: now(), rejectionReason: decision.reason },
    })
    if (updated.count !== 1) return { ok: false as const, message: 'Chứng nhận đã được xử lý trước đó' }
    const certificate = await tx.certificate.findUniqueOrThrow({
      where: { id },
      select: {
        certificateNumber: true,
        stars: true,
        productId: true,
        producerId: true,
        product: { select: { nameVi: true } },
        // Members who turned notification emails off (account page) are not written to.
        producer: { select: { status: true, members: { where: { emailNotifications: true }, select: { id: true, email: true, name: true, locale: true } } } },
      },
    })
    if (decision.approve && certificate.producer.status === 'PENDING') {
      // A complete profile with a verified certificate is a verified OCOP producer.
      await tx.producer.update({ where: { id: certificate.producerId }, data: { status: 'VERIFIED', verifiedAt: now() } })
      await enqueueSearchUpdate(tx, 'PRODUCER', certificate.producerId)
    }
    if (certificate.productId) await enqueueSearchUpdate(tx, 'PRODUCT', certificate.productId)
    await writeAudit(tx, {
      actorId: actor.id,
      action: decision.approve ? 'certificate.approve' : 'certificate.reject',
      entityType: 'Certificate',
      entityId: id,
      reason: decision.approve ? null : decision.reason,
    })
    await enqueueEmails(
      tx,
      certificate.producer.members.map((member): OutgoingEmail => {
        const common = {
          name: member.name,
          productName: certificate.product?.nameVi ?? '',
          certificateNumber: certificate.certificateNumber,
          url: `${appUrl()}/nha-san-xuat/chung-nhan`,
        }
        return decision.approve
          ? { ...toMember(member), template: 'certificate-approved', data: { ...common, stars: certificate.stars } }
          : { ...toMember(member), template: 'certificate-rejected', data: { ...common, reason: decision.reason } }
      }),
    )
    return { ok: true as const }
  })
}

export const approveCertificate = (actor: Actor, id: string) => decide(actor, id, { approve: true })
export const rejectCertificate = (actor: Actor, id: string, reason: string) => decide(actor, id, { approve: false, reason })

/**
 * Daily job: reminders 60 and 14 days before expiry, and a search refresh for certificates that
 * expired since the last run (their products lose the badge and drop out of search).
 */
export async function runCertificateExpiryJob(at = now()) {
  const horizon = new Date(at.getTime() + 61 * 24 * 60 * 60 * 1000)
  const candidates = await prisma.certificate.findMany({
    where: { status: 'VERIFIED', expiresAt: { lte: horizon } },
    select: {
      id: true,
      certificateNumber: true,
      expiresAt: true,
      productId: true,
      remindedAt60: true,
      remindedAt14: true,
      product: { select: { nameVi: true } },
      producer: { select: { members: { where: { emailNotifications: true }, select: { id: true, email: true, name: true, locale: true } } } },
    },
  })
  let reminders = 0
  let expired = 0
  for (const certificate of candidates) {
    const days = daysUntilExpiry(certificate.expiresAt, at)
    if (isExpired(certificate.expiresAt, at)) {
      // Re-index once, on the first run after expiry (validUntil within the last 2 days).
      if (at.getTime() - validUntil(certificate.expiresAt).getTime() < 2 * 24 * 60 * 60 * 1000 && certificate.productId) {
        await prisma.$transaction((tx) => enqueueSearchUpdate(tx, 'PRODUCT', certificate.productId!))
        expired++
      }
      continue
    }
    const stage = days <= 14 && !certificate.remindedAt14 ? '14' : days <= 60 && !certificate.remindedAt60 ? '60' : null
    if (!stage) continue
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.certificate.updateMany({
        where: { id: certificate.id, ...(stage === '14' ? { remindedAt14: null } : { remindedAt60: null }) },
        data: stage === '14' ? { remindedAt14: at, remindedAt60: certificate.remindedAt60 ?? at } : { remindedAt60: at },
      })
      if (claimed.count !== 1) return
      await enqueueEmails(
        tx,
        certificate.producer.members.map((member) => ({
          ...toMember(member),
          template: 'certificate-expiring',
          data: {
            name: member.name,
            productName: certificate.product?.nameVi ?? '',
            certificateNumber: certificate.certificateNumber,
            expiresOn: certificate.expiresAt.toISOString().slice(0, 10).split('-').reverse().join('/'),
            days,
            url: `${appUrl()}/nha-san-xuat/chung-nhan`,
          },
        })),
      )
      reminders++
    })
  }
  return { reminders, expired }
}
