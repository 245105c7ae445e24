/** The mail transport lives in the platform (the widgets' newsletter confirmations use it too). */
export {
  classifySmtpError,
  createMailTransport,
  type MailTransport,
} from '../../../platform/mail/mail-transport.js';
