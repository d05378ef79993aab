import { defineVocabulary, type ValueOf } from './vocabulary';

/** What a system is for. */
export const SYSTEM_KINDS = defineVocabulary('system-kind', 'System kind', [
  { value: 'crm', label: 'CRM', description: 'Customer, supporter or donor relationship management, e.g. Salesforce, Dynamics, Beacon.' },
  { value: 'finance', label: 'Finance', description: 'Accounting, payroll or banking, e.g. Xero, Sage, QuickBooks.' },
  { value: 'hr', label: 'HR', description: 'People records, recruitment and payroll inputs, e.g. BreatheHR, CharlieHR.' },
  { value: 'identity-provider', label: 'Identity provider', description: 'Signs people and apps in, e.g. Microsoft Entra ID, Google Workspace, Okta.' },
  { value: 'email-collaboration', label: 'Email / collaboration', description: 'Mail, chat and shared workspaces, e.g. Microsoft 365, Mailchimp, Slack.' },
  { value: 'automation-platform', label: 'Automation platform', description: 'Runs flows between other systems, e.g. Power Automate, Zapier, Make.' },
  { value: 'file-storage', label: 'File storage', description: 'Shared files and documents, e.g. SharePoint, OneDrive, Dropbox.' },
  { value: 'database', label: 'Database', description: 'A database that other systems read or write directly.' },
  { value: 'website-cms', label: 'Website / CMS', description: 'Public website, forms or content management, e.g. WordPress.' },
  { value: 'payments', label: 'Payments', description: 'Takes or processes payments and donations, e.g. Stripe, JustGiving, GoCardless.' },
  { value: 'partner-system', label: 'Partner system', description: "A system run by a partner organisation that yours exchanges data with." },
  { value: 'custom-script', label: 'Custom script / middleware', description: 'Code someone wrote to move data: scripts, scheduled jobs, middleware.' },
  { value: 'other', label: 'Other', description: 'Anything that fits none of the kinds above.' },
]);
export type SystemKind = ValueOf<typeof SYSTEM_KINDS>;

/** Where a system runs. */
export const HOSTING = defineVocabulary('hosting', 'Hosting', [
  { value: 'saas', label: 'SaaS', description: "A vendor runs it as a service; you use it through the vendor's website or app." },
  { value: 'on-premises', label: 'On-premises', description: 'Runs on machines your organisation owns, in your office or building.' },
  { value: 'cloud-hosted', label: 'Cloud-hosted', description: 'Your organisation runs it on rented cloud infrastructure (Azure, AWS, a VPS).' },
  { value: 'partner-hosted', label: 'Partner-hosted', description: 'A partner organisation runs it for you or for both of you.' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody has found out where it runs yet.' },
]);
export type Hosting = ValueOf<typeof HOSTING>;

/** Whose side of the organisational boundary a system sits on. */
export const BOUNDARIES = defineVocabulary('boundary', 'Organisational boundary', [
  { value: 'internal', label: 'Internal', description: 'Your own organisation controls it and who can use it.' },
  { value: 'vendor', label: 'Vendor', description: 'A supplier controls it; your data sits with them under a contract.' },
  { value: 'partner', label: 'Partner', description: 'A partner organisation controls it; you exchange data with them.' },
  { value: 'former-partner', label: 'Former partner', description: 'An organisation you no longer work with; any live connection to it is suspect.' },
]);
export type Boundary = ValueOf<typeof BOUNDARIES>;

/** Whether a system is still in use. */
export const SYSTEM_STATUSES = defineVocabulary('system-status', 'System status', [
  { value: 'active', label: 'Active', description: 'In use today.' },
  { value: 'unused', label: 'Unused', description: 'Still switched on, but nobody seems to use it.' },
  { value: 'being-decommissioned', label: 'Being decommissioned', description: 'Being switched off; data and connections are being moved away.' },
  { value: 'decommissioned', label: 'Decommissioned', description: 'Switched off; nothing should connect to it any more.' },
]);
export type SystemStatus = ValueOf<typeof SYSTEM_STATUSES>;
