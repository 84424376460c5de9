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
  // Booth fees (payments issue).
  'payment-requested': { name: string; fairName: string; amount: string; booths: string; dueOn: string; url: string }
  'payment-reminder': { name: string; fairName: string; amount: string; dueOn: string; url: string }
  'payment-confirmed': { name: string; fairName: string; amount: string; booths: string; url: string }
  'payment-expired': { name: string; fairName: string; booths: string; url: string }
  'payment-refunded': { name: string; fairName: string; amount: string; reason: string; url: string }
  'application-decision': { name: string; fairName: string; decision: 'ACCEPTED' | 'REJECTED' | 'WAITLISTED'; reason: string | null; url: string }
  'booth-allocated': { name: string; fairName: string; boothCodes: string; explanation: string; url: string }
  'booth-waitlisted': { name: string; fairName: string; position: number; url: string }
  'booth-changed': { name: string; fairName: string; boothCodes: string; url: string }
  'inquiry-activity': { name: string; threadTitle: string; isNew: boolean; lines: string[]; url: string }
  // Booth fee recomputed after the organiser changed the booths (payments issue).
  'payment-adjusted': { name: string; fairName: string; previousAmount: string; amount: string; booths: string; dueOn: string; url: string }
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
  'payment-requested': {
    vi: (d) => ({
      subject: `Phí gian hàng ${d.fairName}: ${d.amount}, hạn ${d.dueOn}`,
      text: `Xin chào ${d.name},\n\nBạn đã được phân bổ gian hàng ${d.booths} tại ${d.fairName}. Phí gian hàng phải nộp: ${d.amount}, hạn chót ${d.dueOn}. Sau hạn này, gian hàng chưa thanh toán sẽ được nhường cho đơn vị trong danh sách chờ.\n\nThanh toán tại: ${d.url}`,
    }),
    en: (d) => ({
      subject: `Booth fee for ${d.fairName}: ${d.amount}, due ${d.dueOn}`,
      text: `Hello ${d.name},\n\nYou have been allocated booth ${d.booths} at ${d.fairName}. The booth fee is ${d.amount}, due by ${d.dueOn}. After that date unpaid booths go to the waitlist.\n\nPay here: ${d.url}`,
    }),
  },
  'payment-reminder': {
    vi: (d) => ({
      subject: `Nhắc thanh toán phí gian hàng ${d.fairName} (hạn ${d.dueOn})`,
      text: `Xin chào ${d.name},\n\nPhí gian hàng ${d.amount} tại ${d.fairName} chưa được thanh toán. Hạn chót: ${d.dueOn}.\n\nThanh toán tại: ${d.url}`,
    }),
    en: (d) => ({
      subject: `Reminder: booth fee for ${d.fairName} due ${d.dueOn}`,
      text: `Hello ${d.name},\n\nThe booth fee of ${d.amount} for ${d.fairName} is still unpaid. Due date: ${d.dueOn}.\n\nPay here: ${d.url}`,
    }),
  },
  'payment-confirmed': {
    vi: (d) => ({
      subject: `Đã nhận phí gian hàng ${d.fairName}`,
      text: `Xin chào ${d.name},\n\nBan tổ chức đã nhận ${d.amount}. Gian hàng ${d.booths} tại ${d.fairName} đã được xác nhận.\n\nBiên nhận: ${d.url}`,
    }),
    en: (d) => ({
      subject: `Booth fee received for ${d.fairName}`,
      text: `Hello ${d.name},\n\nThe organiser received ${d.amount}. Booth ${d.booths} at ${d.fairName} is confirmed.\n\nReceipt: ${d.url}`,
    }),
  },
  'payment-expired': {
    vi: (d) => ({
      subject: `Gian hàng ${d.fairName} đã bị huỷ do quá hạn thanh toán`,
      text: `Xin chào ${d.name},\n\nPhí gian hàng tại ${d.fairName} không được thanh toán trước hạn, nên gian hàng ${d.booths} đã được nhường cho đơn vị trong danh sách chờ. Hãy liên hệ ban tổ chức nếu bạn đã chuyển khoản.\n${d.url}`,
    }),
    en: (d) => ({
      subject: `Your booth at ${d.fairName} was released (fee unpaid)`,
      text: `Hello ${d.name},\n\nThe booth fee for ${d.fairName} was not paid by the due date, so booth ${d.booths} went to the waitlist. Contact the organiser if you have already paid by transfer.\n${d.url}`,
    }),
  },
  'payment-refunded': {
    vi: (d) => ({
      subject: `Hoàn phí gian hàng ${d.fairName}: ${d.amount}`,
      text: `Xin chào ${d.name},\n\nBan tổ chức ${d.fairName} đã hoàn ${d.amount}.\nLý do: ${d.reason}\n${d.url}`,
    }),
    en: (d) => ({
      subject: `Booth fee refund for ${d.fairName}: ${d.amount}`,
      text: `Hello ${d.name},\n\nThe organiser of ${d.fairName} refunded ${d.amount}.\nReason: ${d.reason}\n${d.url}`,
    }),
  },
  'application-decision': {
    vi: (d) => ({
      subject:
        d.decision === 'ACCEPTED'
          ? `Hồ sơ gian hàng tại ${d.fairName} đã được chấp nhận`
          : d.decision === 'WAITLISTED'
            ? `Hồ sơ gian hàng tại ${d.fairName} được đưa vào danh sách chờ`
            : `Hồ sơ gian hàng tại ${d.fairName} chưa được chấp nhận`,
      text: `Xin chào ${d.name},\n\n${
        d.decision === 'ACCEPTED'
          ? `Ban tổ chức đã chấp nhận hồ sơ đăng ký gian hàng của bạn tại ${d.fairName}. Vị trí gian sẽ được thông báo khi phân bổ xong.`
          : d.decision === 'WAITLISTED'
            ? `Hồ sơ đăng ký gian hàng của bạn tại ${d.fairName} đang ở danh sách chờ. Ban tổ chức sẽ báo ngay khi có gian trống.`
            : `Rất tiếc, hồ sơ đăng ký gian hàng của bạn tại ${d.fairName} chưa được chấp nhận.`
      }${d.reason ? `\nLý do: ${d.reason}` : ''}\n\nXem hồ sơ: ${d.url}`,
    }),
    en: (d) => ({
      subject:
        d.decision === 'ACCEPTED'
          ? `Your booth application for ${d.fairName} was accepted`
          : d.decision === 'WAITLISTED'
            ? `Your booth application for ${d.fairName} is on the waiting list`
            : `Your booth application for ${d.fairName} was not accepted`,
      text: `Hello ${d.name},\n\n${
        d.decision === 'ACCEPTED'
          ? `The organiser accepted your booth application for ${d.fairName}. You will hear about your booth once allocation is done.`
          : d.decision === 'WAITLISTED'
            ? `Your booth application for ${d.fairName} is on the waiting list. The organiser will tell you as soon as a booth frees up.`
            : `Sorry, your booth application for ${d.fairName} was not accepted.`
      }${d.reason ? `\nReason: ${d.reason}` : ''}\n\nSee your application: ${d.url}`,
    }),
  },
  'booth-allocated': {
    vi: (d) => ({
      subject: `Gian hàng của bạn tại ${d.fairName}: ${d.boothCodes}`,
      text: `Xin chào ${d.name},\n\nBan tổ chức đã xếp cho bạn gian ${d.boothCodes} tại ${d.fairName}.\n${d.explanation}\n\nXem vị trí trên sơ đồ và thanh toán phí gian hàng tại:\n${d.url}`,
    }),
    en: (d) => ({
      subject: `Your booth at ${d.fairName}: ${d.boothCodes}`,
      text: `Hello ${d.name},\n\nThe organiser has given you booth ${d.boothCodes} at ${d.fairName}.\n${d.explanation}\n\nSee it on the floor plan and pay the booth fee here:\n${d.url}`,
    }),
  },
  'booth-waitlisted': {
    vi: (d) => ({
      subject: `Danh sách chờ gian hàng tại ${d.fairName}`,
      text: `Xin chào ${d.name},\n\nHội chợ ${d.fairName} đã hết gian phù hợp với đơn của bạn. Bạn đứng thứ ${d.position} trong danh sách chờ; khi có gian được trả lại, chúng tôi sẽ báo ngay.\n${d.url}`,
    }),
    en: (d) => ({
      subject: `Booth waiting list at ${d.fairName}`,
      text: `Hello ${d.name},\n\n${d.fairName} has no booth left that matches your application. You are number ${d.position} on the waiting list; we will tell you as soon as a booth is released.\n${d.url}`,
    }),
  },
  'booth-changed': {
    vi: (d) => ({
      subject: `Thay đổi gian hàng tại ${d.fairName}`,
      text: `Xin chào ${d.name},\n\nBan tổ chức đã thay đổi gian hàng của bạn tại ${d.fairName}. ${d.boothCodes ? `Gian của bạn bây giờ là ${d.boothCodes}.` : 'Bạn hiện không còn giữ gian nào.'}\n${d.url}`,
    }),
    en: (d) => ({
      subject: `Booth change at ${d.fairName}`,
      text: `Hello ${d.name},\n\nThe organiser has changed your booth at ${d.fairName}. ${d.boothCodes ? `Your booth is now ${d.boothCodes}.` : 'You no longer hold a booth.'}\n${d.url}`,
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
  'payment-adjusted': {
    vi: (d) => ({
      subject: `Phí gian hàng ${d.fairName} đã thay đổi: ${d.amount}`,
      text: `Xin chào ${d.name},\n\nBan tổ chức ${d.fairName} đã điều chỉnh gian hàng của bạn (nay là ${d.booths}). Phí gian hàng phải nộp đổi từ ${d.previousAmount} thành ${d.amount}, hạn chót vẫn là ${d.dueOn}.\n\nThanh toán tại: ${d.url}`,
    }),
    en: (d) => ({
      subject: `Booth fee for ${d.fairName} changed: ${d.amount}`,
      text: `Hello ${d.name},\n\nThe organiser of ${d.fairName} changed your booths (now ${d.booths}). The booth fee changed from ${d.previousAmount} to ${d.amount}; it is still due by ${d.dueOn}.\n\nPay here: ${d.url}`,
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
