// English messages of the newsletter subscriptions (same keys as nl-newsletter-subscriptions.ts).
import type { subscriptionsErrorsNl, subscriptionsNl } from './nl-newsletter-subscriptions';

export const subscriptionsEn: typeof subscriptionsNl = {
  workspaceTab: 'Subscribers',
  form: {
    title: 'Newsletter',
    intro: (organisation: string) => `Stay informed: receive ${organisation}'s newsletter by e-mail. You will first get a mail to confirm your subscription.`,
    email: 'Your e-mail address',
    name: 'Your name (optional)',
    locale: 'Language of the newsletter',
    honeypot: 'Leave this field empty',
    subscribe: 'Subscribe',
    sent: 'Almost done. If this address is not subscribed yet, you will get an e-mail with a link to confirm your subscription. Only then will you receive the newsletter.'
  },
  locales: { nl: 'Dutch', en: 'English' },
  confirm: {
    title: 'Confirm your subscription',
    explain: (organisation: string) => `Confirm that you want to receive ${organisation}'s newsletter.`,
    button: 'Yes, I want to receive the newsletter',
    done: (organisation: string) => `You are subscribed to ${organisation}'s newsletter.`,
    preferences: 'Change your preferences or unsubscribe',
    invalid: 'We do not know this confirmation link (any more).',
    expired: 'This confirmation link has expired: it works for 7 days. Subscribe again to get a new link.',
    subscribeAgain: (organisation: string) => `Subscribe to ${organisation} again`
  },
  unsubscribe: {
    title: 'Unsubscribe from the newsletter',
    explain: (organisation: string, email: string) => `Do you no longer want to receive ${organisation}'s newsletter at ${email}?`,
    button: 'Unsubscribe',
    done: (organisation: string) => `You are unsubscribed. You will no longer receive ${organisation}'s newsletter.`,
    already: 'This address is already unsubscribed.',
    preferences: 'To your preferences'
  },
  preferences: {
    title: (organisation: string) => `${organisation}'s newsletter`,
    intro: (email: string) => `Your preferences for ${email}. This page opens with the link in your mails; you need no account.`,
    status: 'Status',
    statuses: { pending: 'Not confirmed yet', confirmed: 'Subscribed', paused: 'Paused', unsubscribed: 'Unsubscribed' },
    detailsTitle: 'Name and language',
    save: 'Save',
    saved: 'Your preferences are saved.',
    changed: 'Your subscription is changed.',
    pauseTitle: 'No newsletter for a while?',
    pauseExplain: 'Pause your subscription: you receive nothing until you resume it.',
    pause: 'Pause',
    resume: 'Resume',
    unsubscribe: 'Unsubscribe',
    resubscribe: 'Subscribe again',
    unsubscribedExplain: 'You no longer receive this newsletter. You can subscribe again here.'
  },
  workspace: {
    title: (organisation: string) => `Subscribers of ${organisation}`,
    intro: 'Who subscribed to the newsletter on your public page. Only confirmed subscribers receive the newsletter. Whoever you remove is unsubscribed; that is recorded.',
    countsLabel: 'Subscribers per status',
    search: 'Search by e-mail address or name',
    statusFilter: 'Status',
    allStatuses: 'All',
    searchButton: 'Search',
    address: 'E-mail address',
    name: 'Name',
    locale: 'Language',
    status: 'Status',
    since: 'Since',
    remove: 'Remove',
    removed: 'The subscriber is removed and unsubscribed.',
    found: (count: number) => (count === 1 ? '1 subscriber found.' : `${count} subscribers found.`),
    none: 'No subscribers found.'
  },
  mail: {
    confirmSubject: (organisation: string) => `Confirm your subscription to ${organisation}'s newsletter`,
    confirmIntro: (organisation: string) => `You subscribed to ${organisation}'s newsletter. Confirm it with this link:`,
    confirmValid: (days: number) => `The link works for ${days} days. Until you confirm, we send you nothing else.`,
    alreadySubject: (organisation: string) => `You are already subscribed to ${organisation}'s newsletter`,
    alreadyIntro: (organisation: string) => `Someone (probably you) wanted to subscribe this address to ${organisation}'s newsletter, but it is subscribed already. Nothing changes.`,
    preferences: 'Change your preferences or unsubscribe:',
    notYou: 'Did you not ask for this? Then you need not do anything.'
  }
};

export const subscriptionsErrorsEn: typeof subscriptionsErrorsNl = {
  subscriptionLocaleInvalid: 'Choose Dutch or English.',
  subscriptionRefused: 'We could not accept your subscription. Reload the page and try again.',
  subscriptionTooFast: 'That was very quick. Check your e-mail address and send it again.',
  subscriptionStale: 'This form was open for more than a day. Send it again.',
  subscriptionRateLimited: 'Many subscriptions were sent from here or with this address in the past hour. Try again in an hour.',
  subscriptionLinkInvalid: 'We do not know this confirmation link (any more).',
  subscriptionLinkExpired: 'This confirmation link has expired: it works for 7 days. Subscribe again to get a new link.',
  subscriptionOneClickRequired: 'Use the button to unsubscribe.',
  subscriptionChangeInvalid: 'Choose what to do with your subscription.',
  subscriptionChangeNotAllowed: 'That is not possible in the current status of your subscription.',
  subscriberNotFound: 'This subscriber does not exist (any more).'
};
