// Vietnamese, the first language: every key starts here, en.ts must have the same keys (type-checked).
// Values may hold {placeholders}; a { one, other } pair is chosen by the `count` parameter.
import type { Message } from './types'
import { accountsMessages } from './messages/accounts'
import { catalogueMessages } from './messages/catalogue'
import { searchMessages } from './messages/search'
import { floorPlanMessages } from './messages/floor-plan'
import { paymentsMessages } from './messages/payments'
import { fairsMessages } from './messages/fairs'
import { allocationMessages } from './messages/allocation'
import { inquiriesMessages } from './messages/inquiries'

export const vi = {
  'app.name': 'OCOP Connect',
  'app.tagline': 'Kết nối giao thương sản phẩm OCOP',

  'a11y.skipToContent': 'Bỏ qua điều hướng, đến nội dung chính',

  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.page': 'Trang {page}',

  'nav.main': 'Điều hướng chính',
  'nav.account': 'Tài khoản',
  'nav.menu': 'Menu',
  'nav.home': 'OCOP Connect — Trang chủ',
  'nav.products': 'Sản phẩm',
  'nav.producers': 'Nhà sản xuất',
  'nav.fairs': 'Hội chợ',
  'nav.login': 'Đăng nhập',
  'nav.signup': 'Đăng ký',
  'nav.logout': 'Đăng xuất',
  'nav.dashboard': 'Bảng điều khiển',
  'nav.myProducts': 'Sản phẩm của tôi',
  'nav.certificates': 'Chứng nhận',
  'nav.inquiries': 'Yêu cầu báo giá',
  'nav.findProducts': 'Tìm sản phẩm',
  'nav.sentInquiries': 'Yêu cầu đã gửi',
  'nav.myFairs': 'Hội chợ của tôi',
  'nav.boothAllocation': 'Phân bổ gian hàng',
  'nav.reviewCertificates': 'Duyệt chứng nhận',
  'nav.users': 'Người dùng',
  'nav.reports': 'Báo cáo người mua',
  'nav.signedInAs': 'Đã đăng nhập với vai trò {role}',

  'role.PRODUCER': 'Nhà sản xuất',
  'role.BUYER': 'Người mua',
  'role.ORGANISER': 'Ban tổ chức',
  'role.ADMIN': 'Quản trị viên',

  'language.label': 'Ngôn ngữ',
  'language.switchTo': 'Chuyển sang {language}',

  'footer.about':
    'OCOP Connect kết nối các chủ thể OCOP — hộ kinh doanh, doanh nghiệp, hợp tác xã, tổ hợp tác — với nhà phân phối và ban tổ chức hội chợ.',
  'footer.programme': 'Chương trình Mỗi xã một sản phẩm (OCOP) theo Quyết định 148/QĐ-TTg',
  'footer.explore': 'Khám phá',
  'footer.copyright': '© {year} OCOP Connect',
  'footer.timeZone': 'Giờ hiển thị theo múi giờ Việt Nam (GMT+7)',

  'home.meta.title': 'OCOP Connect — Kết nối sản phẩm OCOP với nhà phân phối',
  'home.meta.description':
    'Tìm sản phẩm OCOP 3–5 sao đã được xác minh chứng nhận, liên hệ trực tiếp nhà sản xuất và đăng ký gian hàng tại các hội chợ OCOP.',
  'home.hero.eyebrow': 'Chương trình Mỗi xã một sản phẩm',
  'home.hero.title': 'Sản phẩm OCOP đến tay nhà phân phối, quanh năm',
  'home.hero.mission':
    'OCOP Connect giúp nhà sản xuất có sản phẩm OCOP 3 đến 5 sao gặp nhà phân phối và người mua sỉ trên cả nước, không chỉ trong mùa hội chợ.',
  'home.hero.browseProducts': 'Xem sản phẩm',
  'home.hero.joinAsProducer': 'Đăng ký nhà sản xuất',
  'home.stats.heading': 'OCOP Connect hôm nay',
  'home.stats.intro': 'Số liệu cập nhật trực tiếp từ các chứng nhận đã được xác minh.',
  'home.stats.certifiedProducts': 'Sản phẩm OCOP đang hiệu lực',
  'home.stats.byStars': 'Theo hạng sao',
  'home.stats.stars': '{count} sao',
  'home.stats.productCount': '{count} sản phẩm',
  'home.stats.noProducts': 'Chưa có sản phẩm nào có chứng nhận OCOP còn hiệu lực.',
  'home.stats.verifiedProducers': 'Nhà sản xuất đã xác minh',
  'home.stats.byType': 'Theo loại hình',
  'home.stats.noProducers': 'Chưa có nhà sản xuất nào được xác minh.',
  'home.stats.provinces': 'Tỉnh, thành phố',
  'home.stats.provincesNote': 'có nhà sản xuất tham gia OCOP Connect',
  'home.stats.upcomingFairs': 'Hội chợ sắp diễn ra',
  'home.stats.upcomingFairsNote': 'đang mở hoặc sắp mở đăng ký gian hàng',
  'home.fairs.heading': 'Hội chợ sắp tới',
  'home.fairs.intro': 'Gặp gỡ nhà sản xuất và người mua tại các hội chợ, diễn đàn kết nối OCOP.',
  'home.fairs.empty': 'Hiện chưa có hội chợ nào sắp diễn ra. Hãy quay lại sau.',
  'home.fairs.when': 'Thời gian',
  'home.fairs.where': 'Địa điểm',
  'home.fairs.applicationsClose': 'Hạn đăng ký gian hàng: {date}',
  'home.fairs.applicationsClosed': 'Đã hết hạn đăng ký gian hàng',
  'home.fairs.viewAll': 'Xem tất cả hội chợ',
  'home.audience.heading': 'Dành cho ai?',
  'home.audience.producers.title': 'Nhà sản xuất OCOP',
  'home.audience.producers.body':
    'Giới thiệu sản phẩm kèm chứng nhận sao, giá sỉ theo số lượng, nhận yêu cầu báo giá và đăng ký gian hàng hội chợ.',
  'home.audience.buyers.title': 'Nhà phân phối, người mua sỉ',
  'home.audience.buyers.body':
    'Tìm sản phẩm theo vùng miền, hạng sao và tiêu chuẩn, gửi yêu cầu báo giá cho nhiều nhà sản xuất cùng lúc.',
  'home.audience.organisers.title': 'Ban tổ chức hội chợ',
  'home.audience.organisers.body':
    'Đăng hội chợ, sơ đồ gian hàng, xét duyệt hồ sơ, phân bổ gian hàng minh bạch và thu phí gian hàng.',

  'producerType.HOUSEHOLD': 'Hộ kinh doanh',
  'producerType.ENTERPRISE': 'Doanh nghiệp',
  'producerType.COOPERATIVE': 'Hợp tác xã',
  'producerType.COOPERATIVE_GROUP': 'Tổ hợp tác',

  'stars.label': '{count} sao OCOP',

  'error.backHome': 'Về trang chủ',
  'error.status': 'Lỗi {status}',
  'error.notFound.meta': 'Không tìm thấy trang',
  'error.notFound.title': 'Không tìm thấy trang',
  'error.notFound.body': 'Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.',
  'error.notFound.path': 'Địa chỉ bạn đã mở: {path}',
  'error.forbidden.title': 'Bạn không có quyền xem trang này',
  'error.forbidden.body': 'Hãy đăng nhập bằng tài khoản có quyền phù hợp, hoặc liên hệ quản trị viên.',
  'error.badRequest.title': 'Yêu cầu không hợp lệ',
  'error.badRequest.body': 'Máy chủ không hiểu yêu cầu này. Hãy quay lại và thử lại.',
  'error.server.title': 'Đã có lỗi xảy ra',
  'error.server.body': 'Xin lỗi, máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  ...accountsMessages.vi,
  ...catalogueMessages.vi,
  ...searchMessages.vi,
  ...floorPlanMessages.vi,
  ...paymentsMessages.vi,
  ...fairsMessages.vi,
  ...allocationMessages.vi,
  ...inquiriesMessages.vi,
} satisfies Record<string, Message>
