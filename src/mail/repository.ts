// The outbox is the platform's (platform/mail): the operators' view reads and re-queues it through its functions.
export {
  countMessages,
  findMessageForUpdate,
  listMessages,
  requeueMessage,
  type OutboxFilter,
} from '../platform/mail/outbox-view.ts';
