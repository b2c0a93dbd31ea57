import type { Role } from '@/lib/auth/permissions';
import type { DraftFurniture } from '@/lib/furniture/draft-furniture';

export interface DemoDelegation {
  code: string;
  name: string;
  colour: string;
  kind: 'state' | 'group' | 'secretariat' | 'chair' | 'observer';
}

export interface DemoUser {
  email: string;
  name: string;
  /** Role in the demo negotiation (roles are per negotiation). */
  role: Role;
  delegationCode: string;
}

export interface DemoNegotiation {
  id: string;
  title: string;
  body: string;
  session: string;
  status: 'preparing' | 'open' | 'closed' | 'archived';
  isDefault: boolean;
  /** Who is on the roster and as what; `all` puts every demo user on it with their demo role. */
  roster: 'all' | { email: string; role: Role }[];
  /**
   * A draft in progress, started by the facilitator from a corpus document once the corpus is loaded, with the
   * document details and sponsors its Word files print.
   */
  draft: { title: string; from: string; furniture?: DraftFurniture; mainSponsor?: string; coSponsors?: string[] };
}

/** Shared by every demo account; printed at start. Never used outside the demo room. */
export const demoPassword = 'zero-draft-demo';

export const demoDelegations: DemoDelegation[] = [
  { code: 'CHAIR', name: 'Facilitator', colour: '#1f2937', kind: 'chair' },
  { code: 'COL', name: 'Colombia', colour: '#b45309', kind: 'state' },
  { code: 'EU', name: 'European Union', colour: '#1d4ed8', kind: 'group' },
  { code: 'USA', name: 'United States', colour: '#b91c1c', kind: 'state' },
  { code: 'MEX', name: 'Mexico', colour: '#047857', kind: 'state' },
  { code: 'G77', name: 'G-77 and China', colour: '#7c3aed', kind: 'group' },
  { code: 'JPN', name: 'Japan', colour: '#be185d', kind: 'state' },
  { code: 'NGA', name: 'Nigeria', colour: '#0f766e', kind: 'state' },
  { code: 'SEC', name: 'UNODC Secretariat', colour: '#0369a1', kind: 'secretariat' },
  { code: 'OBS', name: 'Civil society observer', colour: '#6b7280', kind: 'observer' },
];

export const demoUsers: DemoUser[] = [
  { email: 'chair@zerodraft.test', name: 'Elena Rossi', role: 'facilitator', delegationCode: 'CHAIR' },
  { email: 'colombia@zerodraft.test', name: 'María Gómez', role: 'delegate', delegationCode: 'COL' },
  { email: 'eu@zerodraft.test', name: 'Anna Schmidt', role: 'delegate', delegationCode: 'EU' },
  { email: 'eu2@zerodraft.test', name: 'Pierre Dubois', role: 'delegate', delegationCode: 'EU' },
  { email: 'usa@zerodraft.test', name: 'John Carter', role: 'delegate', delegationCode: 'USA' },
  { email: 'mexico@zerodraft.test', name: 'Lucía Hernández', role: 'delegate', delegationCode: 'MEX' },
  { email: 'g77@zerodraft.test', name: 'Amina Diallo', role: 'delegate', delegationCode: 'G77' },
  { email: 'japan@zerodraft.test', name: 'Kenji Sato', role: 'delegate', delegationCode: 'JPN' },
  { email: 'nigeria@zerodraft.test', name: 'Chinedu Okafor', role: 'delegate', delegationCode: 'NGA' },
  { email: 'secretariat@zerodraft.test', name: 'Sam Lee', role: 'secretariat', delegationCode: 'SEC' },
  { email: 'observer@zerodraft.test', name: 'Olivia Brown', role: 'observer', delegationCode: 'OBS' },
];

/** Site administrator: creates negotiations and manages people; not on any roster. */
export const demoAdmin = { email: 'admin@zerodraft.test', name: 'Ada Okonkwo', delegationCode: 'SEC' } as const;

export const demoNegotiations: DemoNegotiation[] = [
  {
    id: 'demo-negotiation',
    title: 'COP 11: implementation of the Trafficking in Persons Protocol, informal consultations',
    body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    session: 'Eleventh session',
    status: 'open',
    isDefault: true,
    roster: 'all',
    draft: {
      title: 'Implementation of the Trafficking in Persons Protocol: zero draft',
      from: 'cop-res-11-5',
      furniture: {
        symbol: 'CTOC/COP/2022/L.5',
        distribution: 'Limited',
        date: '2022-10-18',
        originalLanguage: 'English',
        place: 'Vienna, 17–21 October 2022',
        agendaItem: 'Agenda item 2',
        agendaTitle: 'Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons',
        documentKind: 'draft resolution',
      },
      mainSponsor: 'COL',
      coSponsors: ['MEX'],
    },
  },
  {
    // Confidential: the United States, Mexico, G-77, Japan, Nigeria and the observer are not on it and never see it.
    id: 'demo-confidential',
    title: 'COP 11: review mechanism, Friends of the Chair (confidential)',
    body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    session: 'Eleventh session',
    status: 'open',
    isDefault: false,
    roster: [
      { email: 'chair@zerodraft.test', role: 'facilitator' },
      { email: 'eu@zerodraft.test', role: 'delegate' },
      { email: 'eu2@zerodraft.test', role: 'delegate' },
      { email: 'colombia@zerodraft.test', role: 'delegate' },
      { email: 'secretariat@zerodraft.test', role: 'secretariat' },
    ],
    draft: { title: "Review mechanism: Chair's non-paper", from: 'cop-res-10-3' },
  },
];
