// Email texts in Vietnamese and English. Each template returns a subject and a plain-text body;
// the HTML part is derived from the text so both always say the same thing.
export type MailLocale = 'vi' | 'en'

type TemplateData = {
  'password-reset': { name: string; url: string; minutes: number }
  welcome: { name: string; url: string }
  'certificate-approved': { name: string; productName: string; certificateNumber: string; stars: number; url: string }
  'certificate-rejected': { name: string; productName: string; certificateNumber: string; reason: string; url: string }
  'certificate-expiring': { name: string; productName: string; certificateNumber: string; expiresOn: string; days: number; url: string }
  'organiser-invite': { url: string; invitedBy: string }
  'member-invite': { url: string; organisation: string; invitedBy: string }
  'inquiry-activity': { name: string; threadTitle: string; isNew: boolean; lines: string[]; url: string }
}

export type TemplateName = keyof TemplateData

type Rendered = { subject: string; text: string }

const templates: { [K in TemplateName]: Record<MailLocale, (data: TemplateData[K]) => Rendered> } = {
  'password-reset': {
    vi: (d) => ({
      subject: 'Đặt lại mật khẩu OCOP Connect',
      text: `Xin chào ${d.name},\n\nBạn (hoặc ai đó) vừa yêu cầu đặt lại mật khẩu. Mở liên kết sau trong ${d.minutes} phút để đặt mật khẩu mới:\n${d.url}\n\nLiên kết chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua email này.`,
    }),
    en: (d) => ({
      subject: 'Reset your OCOP Connect password',
      text: `Hello ${d.name},\n\nSomeone (hopefully you) asked to reset your password. Open this link within ${d.minutes} minutes to choose a new one:\n${d.url}\n\nThe link works once. If you did not ask, ignore this email.`,
    }),
  },
  welcome: {
    vi: (d) => ({ subject: 'Chào mừng đến OCOP Connect', text: `Xin chào ${d.name},\n\nTài khoản của bạn đã sẵn sàng: ${d.url}` }),
    en: (d) => ({ subject: 'Welcome to OCOP Connect', text: `Hello ${d.name},\n\nYour account is ready: ${d.url}` }),
  },
  'certificate-approved': {
    vi: (d) => ({
      subject: `Chứng nhận OCOP ${d.certificateNumber} đã được xác minh`,
      text: `Xin chào ${d.name},\n\nChứng nhận OCOP ${d.stars} sao số ${d.certificateNumber} cho sản phẩm "${d.productName}" đã được xác minh. Huy hiệu sao hiện đã hiển thị trên trang sản phẩm.\n${d.url}`,
    }),
    en: (d) => ({
      subject: `OCOP certificate ${d.certificateNumber} verified`,
      text: `Hello ${d.name},\n\nYour ${d.stars}-star OCOP certificate ${d.certificateNumber} for "${d.productName}" has been verified. The star badge now shows on the product page.\n${d.url}`,
    }),
  },
  'certificate-rejected': {
    vi: (d) => ({
      subject: `Chứng nhận OCOP ${d.certificateNumber} chưa được chấp nhận`,
      text: `Xin chào ${d.name},\n\nChứng nhận số ${d.certificateNumber} cho sản phẩm "${d.productName}" chưa được chấp nhận.\nLý do: ${d.reason}\n\nBạn có thể sửa và gửi lại tại: ${d.url}`,
    }),
    en: (d) => ({
      subject: `OCOP certificate ${d.certificateNumber} not accepted`,
      text: `Hello ${d.name},\n\nCertificate ${d.certificateNumber} for "${d.productName}" was not accepted.\nReason: ${d.reason}\n\nYou can correct it and submit again: ${d.url}`,
    }),
  },
  'certificate-expiring': {
    vi: (d) => ({
      subject: `Chứng nhận OCOP ${d.certificateNumber} sắp hết hạn (${d.days} ngày)`,
      text: `Xin chào ${d.name},\n\nChứng nhận OCOP số ${d.certificateNumber} cho sản phẩm "${d.productName}" hết hạn ngày ${d.expiresOn}. Hãy chuẩn bị hồ sơ tái đánh giá để giữ huy hiệu sao.\n${d.url}`,
    }),
    en: (d) => ({
      subject: `OCOP certificate ${d.certificateNumber} expires in ${d.days} days`,
      text: `Hello ${d.name},\n\nOCOP certificate ${d.certificateNumber} for "${d.productName}" expires on ${d.expiresOn}. Prepare the re-evaluation to keep the star badge.\n${d.url}`,
    }),
  },
  'organiser-invite': {
    vi: (d) => ({
      subject: 'Lời mời làm ban tổ chức trên OCOP Connect',
      text: `${d.invitedBy} mời bạn quản lý hội chợ trên OCOP Connect. Tạo tài khoản tại:\n${d.url}`,
    }),
    en: (d) => ({
      subject: 'Invitation to organise fairs on OCOP Connect',
      text: `${d.invitedBy} invites you to run fairs on OCOP Connect. Create your account here:\n${d.url}`,
    }),
  },
  'member-invite': {
    vi: (d) => ({
      subject: `Lời mời tham gia ${d.organisation} trên OCOP Connect`,
      text: `${d.invitedBy} mời bạn cùng làm việc cho ${d.organisation}. Tạo tài khoản tại:\n${d.url}`,
    }),
    en: (d) => ({
      subject: `Invitation to join ${d.organisation} on OCOP Connect`,
      text: `${d.invitedBy} invites you to work for ${d.organisation}. Create your account here:\n${d.url}`,
    }),
  },
  'inquiry-activity': {
    vi: (d) => ({
      subject: d.isNew ? `Yêu cầu báo giá mới: ${d.threadTitle}` : `${d.lines.length} cập nhật trong yêu cầu "${d.threadTitle}"`,
      text: `Xin chào ${d.name},\n\n${d.lines.map((line) => `• ${line}`).join('\n')}\n\nMở cuộc trao đổi: ${d.url}\n\nBạn có thể tắt email thông báo trong trang Tài khoản.`,
    }),
    en: (d) => ({
      subject: d.isNew ? `New quote request: ${d.threadTitle}` : `${d.lines.length} update(s) on "${d.threadTitle}"`,
      text: `Hello ${d.name},\n\n${d.lines.map((line) => `• ${line}`).join('\n')}\n\nOpen the conversation: ${d.url}\n\nYou can turn these emails off on your Account page.`,
    }),
  },
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

export function renderEmail<K extends TemplateName>(name: K, locale: MailLocale, data: TemplateData[K]) {
  const { subject, text } = templates[name][locale](data)
  const html = `<div style="font-family:sans-serif;line-height:1.5">${escapeHtml(text)
    .split('\n')
    .map((line) => line.replace(/(https?:\/\/\S+)/g, '<a href="$1">$1</a>'))
    .join('<br>')}</div>`
  return { subject, text, html }
}

export type { TemplateData }
