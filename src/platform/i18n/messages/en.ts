/**
 * English customer-facing messages: the source of the message keys. Every other locale
 * must translate every key (a missing or extra key fails to compile).
 *
 * Messages are ICU MessageFormat (https://unicode-org.github.io/icu/userguide/format_parse/messages/).
 * Counts use `plural` so each language can use its own forms; money and dates are passed in
 * already formatted (`formatMoney`, `formatDate`) because they depend on the channel's
 * currency and time zone. Write apostrophes as ’: a straight ' is ICU's quote character.
 */
export const en = {
  'common.points': '{count, plural, one {# point} other {# points}}',

  'invitation.email.subject': 'How was your order from {shop}?',
  'invitation.email.greeting': 'Hi {name},',
  'invitation.email.greeting_no_name': 'Hi there,',
  'invitation.email.body':
    'Thank you for shopping with {shop}. We’d love to hear how everything went — it takes less than a minute, and your review helps other shoppers choose with confidence.',
  'invitation.email.cta': 'Write a review',
  'invitation.email.footer': 'You’re receiving this email because you recently ordered from {shop}.',
  'invitation.email.unsubscribe': 'Unsubscribe from review requests',
  'invitation.reminder.subject': 'A quick reminder: how was your order from {shop}?',
  'invitation.reminder.body':
    'A few days ago we asked how your order from {shop} went. If you have a minute to spare, we’d really appreciate your review.',

  'questionnaire.title': 'Review your order from {shop}',
  'questionnaire.service.question': 'How would you rate {shop}?',
  'questionnaire.product.question': 'How would you rate {product}?',
  'questionnaire.rating.label': '{stars, plural, one {# star} other {# stars}}',
  'questionnaire.title.label': 'Title of your review',
  'questionnaire.text.label': 'Your review',
  'questionnaire.text.placeholder': 'What did you like? What could have been better?',
  'questionnaire.name.label': 'Name shown with your review',
  'questionnaire.optional': 'optional',
  'questionnaire.error.rating_required': 'Please choose a rating from 1 to 5 stars.',
  'questionnaire.submit': 'Send review',
  'questionnaire.thanks.title': 'Thank you for your review!',
  'questionnaire.thanks.body':
    'We appreciate you taking the time. Your feedback helps {shop} and other shoppers.',
  'questionnaire.expired.title': 'This link has expired',
  'questionnaire.expired.body':
    'Review links stay open for a limited time, and this one has closed. Thank you for wanting to share your experience.',
  'questionnaire.used.title': 'You’ve already sent your review',
  'questionnaire.used.body': 'This link can be used only once, and we already have your review. Thank you!',
  'questionnaire.invalid.title': 'We couldn’t open this link',
  'questionnaire.invalid.body':
    'The link may be incomplete. Please open it again straight from the email you received.',

  'hub.join.prompt': 'Join our rewards program and earn points on every order.',
  'hub.join.cta': 'Join now',
  'hub.signin.prompt': 'Sign in to see your points and rewards.',
  'hub.points.balance': '{points, plural, one {You have # point} other {You have # points}}',
  'hub.next_reward': '{missing, plural, one {# more point} other {# more points}} to {reward}',
  'hub.ways_to_earn.title': 'Ways to earn points',
  'hub.rewards.title': 'Rewards',
  'hub.redeem': 'Redeem',
  'hub.coupons.title': 'Your coupons',
  'hub.referral.title': 'Invite a friend',
  'hub.tier.current': 'Your tier: {tier}',
  'hub.tier.next_points': '{missing, plural, one {# point} other {# points}} to {tier}',
  'hub.tier.next_spend': 'Spend {amount} more to reach {tier}',

  'loyalty.way.per_spend': '{points, plural, one {# point} other {# points}} for every {amount} spent',
  'loyalty.way.signup': '{points, plural, one {# point} other {# points}} for creating an account',
  'loyalty.way.newsletter':
    '{points, plural, one {# point} other {# points}} for signing up to our newsletter',
  'loyalty.way.review': '{points, plural, one {# point} other {# points}} for writing a review',
  'loyalty.way.birthday': '{points, plural, one {# point} other {# points}} on your birthday',
  'loyalty.way.referral':
    '{points, plural, one {# point} other {# points}} for every friend who places their first order',
  'loyalty.expiry.notice': '{points, plural, one {# point expires} other {# points expire}} on {date}.',

  'unsubscribe.done.title': 'You’re unsubscribed',
  'unsubscribe.done.body': 'You won’t receive any more review requests from {shop}.',
  // invitations
  'invitation.email.products': 'You ordered:',
  'invitation.email.link_valid_until': 'The link stays open until {date}.',
  'questionnaire.products.heading': 'Your products',
  'questionnaire.error.summary':
    'Please check the form: {count, plural, one {# answer needs} other {# answers need}} your attention.',
  'questionnaire.error.too_long': 'Please shorten this to {max} characters at most.',
  'questionnaire.error.foreign_origin':
    'This form can only be sent from its own page. Please open the link again.',
  'questionnaire.order': 'About your order {order}',
  'questionnaire.product.unnamed': 'A product from your order ({position} of {count})',
  'questionnaire.name.hint': 'Shown publicly with your review. You can change or clear it.',
  'embeds.reviews_count': '{count, plural, one {# review} other {# reviews}}',
  'embeds.out_of': 'out of 5',
  'embeds.verified': 'Verified buyer',
  'embeds.certified': 'Certified shop',
  'embeds.heading': 'What our customers say',
  'unsubscribe.confirm.title': 'Unsubscribe from review requests',
  'unsubscribe.confirm.body': 'Press the button and {shop} will send no more review requests to {email}.',
  'unsubscribe.confirm.submit': 'Unsubscribe',
  // reviews core
  'reviews.page.title': 'Reviews of {shop}',
  'reviews.page.product_title': 'Reviews of {product}',
  'reviews.page.summary': '{average} out of 5 · {count, plural, one {# review} other {# reviews}}',
  'reviews.page.empty': 'No reviews have been published yet.',
  'reviews.page.rating': '{rating, plural, one {# star out of 5} other {# stars out of 5}}',
  'reviews.page.distribution': '{stars, plural, one {# star} other {# stars}}: {count}',
  'reviews.page.verified': 'Verified buyer',
  'reviews.page.anonymous': 'Anonymous',
  'reviews.page.reply': 'Reply from {shop}',
  'reviews.page.older': 'Older reviews',
  'reviews.page.product': 'About: {product}',
  'reviews.disclosure.title': 'How reviews are collected and checked',
  'reviews.disclosure.verification':
    'Reviews marked “Verified buyer” were written through a personal link sent after an order at {shop}, so they come from real customers. Reviews without the mark were not checked against a purchase.',
  'reviews.disclosure.moderation.immediate':
    'Every review is published as soon as it is submitted, whatever its rating.',
  'reviews.disclosure.moderation.threshold':
    'Reviews with {minRating} or more stars are published at once. Reviews with fewer stars are published automatically {hours, plural, one {# hour} other {# hours}} after they are submitted, which gives the shop time to reply; no review is held back because of its rating.',
  'reviews.disclosure.moderation.manual':
    'Every review is read by {shop} before it is published. Reviews are published whatever their rating; they are rejected only when they break the content rules below.',
  'reviews.disclosure.filter.on':
    'An automatic filter holds reviews that contain email addresses, phone numbers, web links or offensive language until a person has checked them.',
  'reviews.disclosure.filter.off': 'No automatic content filter is used.',
  'reviews.disclosure.rules':
    'A review is removed only if it contains personal data, offensive or illegal content, spam or advertising, is unrelated to the shop or product, or was written by someone with a conflict of interest. Negative reviews are never removed for being negative.',
  'reviews.disclosure.ordering': 'Reviews are shown newest first; you can also sort them by rating.',
  'reviews.disclosure.scoring':
    'The overall rating is the average of the star ratings of all published reviews, updated with every review.',

  // loyalty
  'hub.title': 'Rewards',
  'hub.excluded': 'Your account is not part of our rewards program.',
  'hub.best_reward': '{points, plural, one {Redeem # point} other {Redeem # points}} for {reward}',
  'loyalty.way.review_product':
    '{points, plural, one {# point} other {# points}} for reviewing a product you bought',
} as const;

export type MessageKey = keyof typeof en;

/** A complete translation: every key, nothing else. */
export type Catalogue = Readonly<Record<MessageKey, string>>;
