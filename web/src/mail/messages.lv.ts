// Latvian texts of the mail outbox.
// A part of the source catalogue, which web/src/i18n/lv.ts assembles; placeholders in braces are filled by fill().
export const mailLv = {
  outbox: {
    title: 'Pasta izsūtne',
    intro: 'Vēstules, ko sistēma sūta, arī paroles iestatīšanas saites. Jaunākās augšā.',
    to: 'Saņēmējs',
    subject: 'Temats',
    status: 'Statuss',
    attempts: 'Mēģinājumi',
    created: 'Izveidota',
    sent: 'Nosūtīta',
    lastError: 'Pēdējā kļūda',
    hidden: 'Saturs slēpts.',
    none: 'Vēstuļu nav.',
    total: 'Vēstules: {total}',
    statuses: { pending: 'Gaida nosūtīšanu', sent: 'Nosūtīta', failed: 'Neizdevās' },
  },
};
