// English, the second language. Typed as Dictionary: a missing or extra key fails `tsc`.
import type { Dictionary } from './types'
import { accountsMessages } from './messages/accounts'
import { catalogueMessages } from './messages/catalogue'
import { searchMessages } from './messages/search'
import { floorPlanMessages } from './messages/floor-plan'
import { paymentsMessages } from './messages/payments'
import { fairsMessages } from './messages/fairs'
import { allocationMessages } from './messages/allocation'
import { inquiriesMessages } from './messages/inquiries'

export const en: Dictionary = {
  'app.name': 'OCOP Connect',
  'app.tagline': 'Trade connections for OCOP products',

  'a11y.skipToContent': 'Skip navigation, go to the main content',

  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.page': 'Page {page}',

  'nav.main': 'Main navigation',
  'nav.account': 'Account',
  'nav.menu': 'Menu',
  'nav.home': 'OCOP Connect — Home',
  'nav.products': 'Products',
  'nav.producers': 'Producers',
  'nav.fairs': 'Fairs',
  'nav.login': 'Log in',
  'nav.signup': 'Sign up',
  'nav.logout': 'Log out',
  'nav.dashboard': 'Dashboard',
  'nav.myProducts': 'My products',
  'nav.certificates': 'Certificates',
  'nav.inquiries': 'Quote requests',
  'nav.findProducts': 'Find products',
  'nav.sentInquiries': 'Sent requests',
  'nav.myFairs': 'My fairs',
  'nav.boothAllocation': 'Booth allocation',
  'nav.reviewCertificates': 'Review certificates',
  'nav.users': 'Users',
  'nav.reports': 'Buyer reports',
  'nav.signedInAs': 'Signed in as {role}',

  'role.PRODUCER': 'Producer',
  'role.BUYER': 'Buyer',
  'role.ORGANISER': 'Organiser',
  'role.ADMIN': 'Administrator',

  'language.label': 'Language',
  'language.switchTo': 'Switch to {language}',

  'footer.about':
    'OCOP Connect links OCOP producers — household businesses, enterprises, cooperatives and cooperative groups — with distributors and fair organisers.',
  'footer.programme': 'The One Commune One Product (OCOP) programme under Decision 148/QĐ-TTg',
  'footer.explore': 'Explore',
  'footer.copyright': '© {year} OCOP Connect',
  'footer.timeZone': 'Times are shown in Vietnam time (GMT+7)',

  'home.meta.title': 'OCOP Connect — OCOP products for distributors',
  'home.meta.description':
    'Find verified 3- to 5-star OCOP products, contact producers directly and book booths at OCOP trade fairs.',
  'home.hero.eyebrow': 'One Commune One Product programme',
  'home.hero.title': 'OCOP products in distributors’ hands, all year round',
  'home.hero.mission':
    'OCOP Connect helps producers of 3- to 5-star OCOP products meet distributors and wholesale buyers across Vietnam, not only in trade-fair season.',
  'home.hero.browseProducts': 'Browse products',
  'home.hero.joinAsProducer': 'Join as a producer',
  'home.stats.heading': 'OCOP Connect today',
  'home.stats.intro': 'Live figures from verified certificates.',
  'home.stats.certifiedProducts': 'OCOP products with a valid certificate',
  'home.stats.byStars': 'By star rating',
  'home.stats.stars': { one: '{count} star', other: '{count} stars' },
  'home.stats.productCount': { one: '{count} product', other: '{count} products' },
  'home.stats.noProducts': 'No products hold a valid OCOP certificate yet.',
  'home.stats.verifiedProducers': 'Verified producers',
  'home.stats.byType': 'By type',
  'home.stats.noProducers': 'No producers have been verified yet.',
  'home.stats.provinces': 'Provinces and cities',
  'home.stats.provincesNote': 'with producers on OCOP Connect',
  'home.stats.upcomingFairs': 'Upcoming fairs',
  'home.stats.upcomingFairsNote': 'open for booth applications or opening soon',
  'home.fairs.heading': 'Coming up',
  'home.fairs.intro': 'Meet producers and buyers at OCOP fairs and connection forums.',
  'home.fairs.empty': 'There are no upcoming fairs right now. Please check back later.',
  'home.fairs.when': 'When',
  'home.fairs.where': 'Where',
  'home.fairs.applicationsClose': 'Booth applications close {date}',
  'home.fairs.applicationsClosed': 'Booth applications have closed',
  'home.fairs.viewAll': 'See all fairs',
  'home.audience.heading': 'Who is it for?',
  'home.audience.producers.title': 'OCOP producers',
  'home.audience.producers.body':
    'Show products with their star certificates and wholesale price tiers, answer quote requests and apply for fair booths.',
  'home.audience.buyers.title': 'Distributors and wholesale buyers',
  'home.audience.buyers.body':
    'Search by region, star rating and standard, and send one quote request to several producers at once.',
  'home.audience.organisers.title': 'Fair organisers',
  'home.audience.organisers.body':
    'Publish fairs and floor plans, review applications, allocate booths transparently and collect booth fees.',

  'producerType.HOUSEHOLD': 'Household businesses',
  'producerType.ENTERPRISE': 'Enterprises',
  'producerType.COOPERATIVE': 'Cooperatives',
  'producerType.COOPERATIVE_GROUP': 'Cooperative groups',

  'stars.label': '{count}-star OCOP',

  'error.backHome': 'Back to the home page',
  'error.status': 'Error {status}',
  'error.notFound.meta': 'Page not found',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'The page you are looking for does not exist or has moved to another address.',
  'error.notFound.path': 'The address you opened: {path}',
  'error.forbidden.title': 'You may not see this page',
  'error.forbidden.body': 'Log in with an account that has the right role, or contact an administrator.',
  'error.badRequest.title': 'Bad request',
  'error.badRequest.body': 'The server could not understand this request. Please go back and try again.',
  'error.server.title': 'Something went wrong',
  'error.server.body': 'Sorry, the server ran into a problem. Please try again in a few minutes.',
  ...accountsMessages.en,
  ...catalogueMessages.en,
  ...searchMessages.en,
  ...floorPlanMessages.en,
  ...paymentsMessages.en,
  ...fairsMessages.en,
  ...allocationMessages.en,
  ...inquiriesMessages.en,
}
