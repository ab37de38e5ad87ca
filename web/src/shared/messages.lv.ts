// Latvian texts that every page shares (common words, edit conflicts, role names).
// A part of the source catalogue, which web/src/i18n/lv.ts assembles; placeholders in braces are filled by fill().
import type { Role } from './roles.ts';

export const sharedLv = {
  common: {
    appName: 'Vienuviet',
    tagline: 'Valsts un pašvaldību vienotie klientu apkalpošanas centri',
    loading: 'Ielādē…',
    optional: '(neobligāts)',
    cancel: 'Atcelt',
    choose: '— izvēlieties —',
    errorSummary: 'Pieprasījumu neizdevās izpildīt',
    errorPrefix: 'Kļūda:',
    genericError: 'Neizdevās izpildīt pieprasījumu. Mēģiniet vēlreiz.',
    unreachableTitle: 'Serveris nav sasniedzams',
    unreachableText: 'Neizdevās sazināties ar Vienuviet serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
    retry: 'Mēģināt vēlreiz',
    noAccessTitle: 'Nav piekļuves',
    noAccessText: 'Šī sadaļa jūsu lomām nav pieejama.',
    until: 'līdz {date}',
    permanent: 'beztermiņa',
    from: 'no {date}',
    yes: 'Jā',
    no: 'Nē',
    pageTitle: '{title} — Vienuviet',
    pageLoadFailedTitle: 'Lapu neizdevās ielādēt',
    pageLoadFailedText:
      'Šīs lapas daļu neizdevās ielādēt — iespējams, zudis savienojums vai Vienuviet tikko atjaunināts. Pārlādējiet lapu.',
    reload: 'Pārlādēt lapu',
  },
  conflict: {
    title: 'Kāds cits to mainīja, kamēr jūs labojāt',
    changedAt: 'Citas personas izmaiņas saglabātas {time}; tagad spēkā ir versija {version}.',
    changed: 'Tagad spēkā ir versija {version}.',
    caption: 'Citas personas versija un jūsu izmaiņas',
    field: 'Lauks',
    theirs: 'Citas personas versija',
    mine: 'Jūsu izmaiņas',
    unchanged: '(nemainījāt)',
    removal: 'Jūs gribējāt to dzēst.',
    explain:
      '“Saglabāt manējās vēlreiz” saglabā jūsu izmaiņas pāri citas personas versijai: lauki, kurus nemainījāt, paliek viņu. “Atmest manējās” parāda viņu versiju.',
    reapply: 'Saglabāt manējās vēlreiz',
    discard: 'Atmest manējās',
    reapplied: 'Jūsu izmaiņas saglabātas pāri citas personas versijai.',
    discarded: 'Jūsu izmaiņas atmestas; redzama citas personas versija.',
  },
  roles: {
    maintainer: 'Sistēmas uzturētājs',
    ministry_supervisor: 'Ministrijas uzraugs',
    org_admin: 'Iestādes administrators',
    centre_head: 'Centra vadītājs',
    centre_employee: 'Centra darbinieks',
    institution_coordinator: 'Iestādes koordinators',
    committee_member: 'Uzraudzības komitejas loceklis',
    auditor: 'Auditors',
  } satisfies Record<Role, string>,
  table: {
    tools: 'Tabulas „{caption}” eksports un druka',
    csv: 'Lejupielādēt CSV',
    print: 'Drukāt',
  },
};
