/**
 * The words people write in an inventory for each vocabulary value, once per vocabulary, keyed by
 * vocabulary id. Every value, every label and each half of a label written "A / B" are
 * recognised already (see values.ts); these tables add the rest. Write words naturally: they are
 * normalised like the cells they are compared with (case, punctuation and spacing ignored).
 */
export interface VocabularySynonyms {
  /** Whole-cell wordings that mean exactly the value: the cell says no more than the label ("Y" for yes). */
  readonly same?: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that identify a value inside longer wording ("Shared spreadsheet on SharePoint"), most
   * specific group first: for a single choice the first group with a word in the cell wins. A
   * cell matched this way says more than the label, so its wording is kept.
   */
  readonly mentions?: ReadonlyArray<readonly [value: string, words: readonly string[]]>;
  /** Words that only suggest a value: used when nothing else matches, with a warning saying `why`. */
  readonly guesses?: ReadonlyArray<{ readonly value: string; readonly words: readonly string[]; readonly why: string }>;
}

/** Answers that mean nobody knows, for every vocabulary that has an `unknown` value. */
export const UNKNOWN_SYNONYMS: readonly string[] = [
  'not known', 'dont know', 'do not know', 'unsure', 'not sure', 'no idea', 'unclear', 'tbc', 'tbd', 'n k', 'nk', '?', '??', '???', 'to be confirmed',
];

const YES = ['y', 'yes', 'true', '1', 'x', 'on'];
const NO = ['n', 'no', 'false', '0', 'off'];
const DAYS = ['monday', 'mondays', 'tuesday', 'tuesdays', 'wednesday', 'wednesdays', 'thursday', 'thursdays', 'friday', 'fridays', 'saturday', 'saturdays', 'sunday', 'sundays'];

export const VALUE_SYNONYMS: Readonly<Record<string, VocabularySynonyms>> = {
  'data-type': {
    same: { personal: ['pii', 'personal information', 'personally identifiable information'] },
    // Every group is searched for several choices, so one word may name two values (payroll is both pay and HR).
    mentions: [
      ['special-category', ['special category', 'health', 'medical', 'religion', 'religious', 'ethnicity', 'ethnic', 'race', 'sexuality', 'sexual orientation', 'political', 'trade union', 'union membership', 'biometric', 'biometrics', 'genetic', 'disability', 'disabilities']],
      ['payment-card', ['card', 'cards', 'card details', 'card numbers', 'credit card', 'debit card', 'pan', 'pci', 'cardholder']],
      ['financial', ['financial', 'finance', 'bank', 'bank details', 'bank account', 'sort code', 'sort codes', 'invoice', 'invoices', 'salary', 'salaries', 'payroll', 'gift aid', 'transactions', 'ledger', 'journals', 'expenses', 'direct debit', 'direct debits', 'bacs', 'iban', 'payments', 'accounts', 'account number', 'account numbers']],
      ['donor-records', ['donor', 'donors', 'donation', 'donations', 'pledge', 'pledges', 'supporter', 'supporters', 'fundraising', 'gifts', 'legacies', 'giving']],
      ['employee-hr', ['employee', 'employees', 'hr', 'staff', 'personnel', 'payroll', 'volunteer', 'volunteers', 'absence', 'recruitment', 'applicants', 'candidates', 'appraisals', 'sickness']],
      ['credentials', ['credentials', 'credential', 'password', 'passwords', 'api keys', 'tokens', 'secrets', 'logins']],
      ['internal-confidential', ['internal', 'confidential', 'board papers', 'commercial', 'strategy', 'business plans']],
      ['public', ['public', 'published', 'open data', 'website content', 'marketing content']],
      ['personal', ['personal', 'names', 'name', 'email', 'emails', 'email addresses', 'address', 'addresses', 'contact details', 'contacts', 'phone', 'phone numbers', 'telephone', 'date of birth', 'dob', 'beneficiaries', 'beneficiary', 'members', 'membership', 'customers', 'clients', 'service users', 'user data', 'profiles', 'attendees']],
    ],
  },
  direction: {
    same: {
      'one-way': ['oneway', '1 way', 'uni directional', 'unidirectional', 'one direction', 'single direction'],
      'two-way': ['twoway', '2 way', 'bi directional', 'bidirectional', 'both ways', 'both directions', 'two way sync', '2 way sync'],
    },
    mentions: [
      ['two-way', ['two way', '2 way', 'bi directional', 'bidirectional', 'both ways', 'both directions', 'back and forth']],
      ['one-way', ['one way', '1 way', 'uni directional', 'unidirectional', 'one direction']],
    ],
    guesses: [
      { value: 'two-way', words: ['sync', 'synced', 'synchronised', 'synchronized', 'synchronisation', 'synchronization'], why: 'a sync usually writes both ways' },
      { value: 'one-way', words: ['push', 'pushes', 'pull', 'pulls', 'export', 'exports', 'import', 'imports', 'feed', 'send', 'sends'], why: 'sending, exporting or importing usually moves data one way' },
    ],
  },
  frequency: {
    same: {
      'real-time': ['realtime', 'event', 'events', 'live', 'instant', 'immediate', 'continuous', 'event driven', 'on change'],
      hourly: ['every hour', 'once an hour', 'per hour', 'each hour'],
      daily: ['every day', 'once a day', 'each day', 'per day', 'nightly'],
      weekly: ['every week', 'once a week', 'each week', 'per week'],
      monthly: ['every month', 'once a month', 'each month', 'per month'],
      'ad-hoc': ['adhoc', 'as needed', 'when needed', 'on demand', 'manually'],
    },
    mentions: [
      ['real-time', ['real time', 'realtime', 'instantly', 'immediately', 'on event', 'per event', 'each event', 'event driven', 'event based', 'trigger', 'triggered', 'continuously', 'streaming', 'on change', 'on save', 'on submit', 'as it happens', 'when created', 'whenever']],
      ['hourly', ['hourly', 'every hour', 'per hour', 'an hour', 'minute', 'minutes', 'mins', 'min']],
      ['daily', ['daily', 'every day', 'each day', 'per day', 'a day', 'nightly', 'every night', 'each night', 'overnight', 'every morning', 'every evening', 'weekdays', 'every weekday', 'working day', 'end of day']],
      ['weekly', ['weekly', 'every week', 'each week', 'per week', 'a week', ...DAYS]],
      ['monthly', ['monthly', 'every month', 'each month', 'per month', 'a month', 'month end', 'end of month']],
      ['ad-hoc', ['ad hoc', 'adhoc', 'manual', 'manually', 'on demand', 'as needed', 'when needed', 'as required', 'when required', 'occasionally', 'on request', 'irregular', 'irregularly', 'by hand', 'one off']],
    ],
  },
  mechanism: {
    same: { 'ipaas-flow': ['make', 'automation'], 'custom-script': ['custom'], 'native-connector': ['native', 'built in'] },
    mentions: [
      ['webhook', ['webhook', 'webhooks', 'web hook', 'callback']],
      ['ipaas-flow', ['zapier', 'power automate', 'microsoft flow', 'ms flow', 'make com', 'integromat', 'n8n', 'logic app', 'logic apps', 'workato', 'tray io', 'ifttt', 'pabbly', 'ipaas', 'automation', 'automated flow', 'flow', 'workflow']],
      ['custom-script', ['script', 'scripts', 'powershell', 'python', 'bash', 'cron', 'cron job', 'scheduled task', 'scheduled job', 'custom code', 'bespoke', 'middleware', 'azure function', 'azure functions', 'lambda', 'vba', 'macro', 'console app', 'ssis']],
      ['database-link', ['database', 'db', 'db link', 'sql', 'odbc', 'jdbc', 'linked server', 'direct database', 'sql server', 'mysql', 'postgres']],
      ['file-transfer', ['file', 'files', 'csv', 'sftp', 'ftp', 'ftps', 'export', 'import', 'upload', 'uploaded', 'download', 'shared folder', 'excel', 'spreadsheet', 'xlsx', 'bacs file']],
      ['email', ['email', 'emails', 'emailed', 'e mail', 'mail', 'attachment', 'smtp', 'outlook']],
      ['native-connector', ['native', 'native connector', 'built in', 'builtin', 'connector', 'out of the box', 'marketplace', 'plugin', 'plug in', 'add on', 'addon', 'app integration', 'official integration', 'connected app']],
      ['api', ['api', 'apis', 'rest', 'rest api', 'graph', 'graph api', 'soap', 'graphql', 'odata', 'web service', 'web api']],
    ],
  },
  authentication: {
    same: {
      'api-key': ['apikey', 'key', 'token', 'api token'],
      'service-account-password': ['service account', 'username and password', 'username password', 'basic auth', 'basic'],
      'shared-login': ['shared account', 'shared password'],
      none: ['no auth', 'no authentication', 'anonymous', 'open', 'public', 'unauthenticated'],
    },
    mentions: [
      ['none', ['no auth', 'no authentication', 'unauthenticated', 'anonymous', 'no login', 'no credentials']],
      ['oauth-client-credentials', ['client credentials', 'client credential', 'client secret', 'app registration', 'app only', 'application permissions', 'service principal', 'azure app', 'entra app', 'app secret', 'oauth app', 'managed identity']],
      ['oauth-delegated', ['delegated', 'on behalf of', 'user consent', 'signed in user', 'authorization code', 'authorisation code', 'auth code']],
      ['certificate', ['certificate', 'certificates', 'cert', 'x509', 'mtls', 'mutual tls', 'ssh key']],
      ['personal-account', ['personal account', 'personal login', 'own account', 'my account', 'his account', 'her account', 'their account', 'named user', 'named person', 'individual account', 'persons account', 'runs as creator', 'as the creator', 'staff account']],
      ['shared-login', ['shared login', 'shared account', 'shared password', 'shared credentials', 'shared user', 'generic login', 'generic account', 'team login', 'team account', 'common login']],
      ['api-key', ['api key', 'apikey', 'api keys', 'api token', 'access token', 'personal access token', 'bearer', 'bearer token', 'token', 'key', 'secret key', 'subscription key', 'secret', 'shared secret', 'signing secret']],
      ['service-account-password', ['service account', 'svc account', 'system account', 'integration user', 'api user', 'username and password', 'username password', 'user and password', 'basic auth', 'basic authentication', 'ntlm', 'sql login', 'ldap']],
    ],
    guesses: [
      // A bare "OAuth" is read as delegated. In a small organisation most OAuth connections were
      // made by someone clicking "Connect to Xero" or "Sign in with Microsoft" and consenting, so
      // the connection acts as that person; an app with its own identity takes deliberate set-up
      // (an app registration, a client secret), and people who did it say so: those words are
      // mentions of client credentials above and win. Delegated is also the cautious reading: it
      // keeps the MFA check on the account running, where client credentials would switch it off.
      {
        value: 'oauth-delegated',
        words: ['oauth', 'oauth2', 'oauth 2', 'oauth 2 0', 'oauth2 0', 'openid', 'openid connect', 'open id connect', 'oidc', 'sso', 'single sign on', 'modern auth', 'modern authentication'],
        why: 'OAuth on its own most often means someone clicked "Connect" and signed in, so it acts as that person; if it uses an app registration with its own secret or certificate, choose "OAuth app / client credentials"',
      },
      { value: 'service-account-password', words: ['password', 'passwords', 'login', 'username', 'user name'], why: 'it names a password but not whose account it is; if it is a person\'s own login, choose "A named person\'s account"' },
    ],
  },
  'credential-location': {
    same: { 'secrets-vault': ['vault', 'key vault', 'secret vault'], 'integration-platform': ['integration platform', 'platform', 'in the platform'] },
    mentions: [
      ['written-down', ['written down', 'paper', 'post it', 'postit', 'sticky note', 'notebook', 'printed', 'desk', 'drawer']],
      ['password-manager', ['password manager', 'bitwarden', '1password', 'one password', 'lastpass', 'keeper', 'dashlane', 'keepass', 'passbolt', 'nordpass', 'roboform']],
      ['secrets-vault', ['key vault', 'keyvault', 'secrets manager', 'secret manager', 'secrets vault', 'secret vault', 'hashicorp', 'kms', 'parameter store']],
      ['config-file', ['config', 'config file', 'configuration', 'configuration file', 'appsettings', 'app settings', 'ini', 'env file', 'web config', 'settings file', 'json file', 'yaml', 'properties file']],
      ['environment-variable', ['environment variable', 'environment variables', 'env var', 'env vars', 'env variable', 'environment', 'env']],
      ['in-code', ['in code', 'hard coded', 'hardcoded', 'source code', 'code', 'script', 'repo', 'repository', 'github', 'macro', 'vba']],
      ['spreadsheet-document', ['spreadsheet', 'excel', 'xlsx', 'sheet', 'document', 'doc', 'docx', 'word doc', 'wiki', 'confluence', 'onenote', 'text file', 'txt', 'notepad', 'google doc']],
      ['email-chat', ['email', 'emails', 'emailed', 'e mail', 'mail', 'inbox', 'teams', 'slack', 'chat', 'whatsapp', 'message']],
      ['integration-platform', ['power automate', 'zapier', 'connection', 'connections', 'connector', 'logic app', 'make com', 'n8n', 'workato', 'ipaas', 'integration platform', 'in the app', 'inside the app']],
    ],
    // Password managers keep "vaults" too, so a vault named no further is only probably a secrets vault.
    guesses: [{ value: 'secrets-vault', words: ['vault', 'vaults'], why: 'a vault is usually a secrets vault; if it is a password manager\'s vault, choose "Password manager"' }],
  },
  permission: {
    same: {
      'read-only': ['readonly', 'read', 'ro', 'view', 'view only', 'viewer', 'reader'],
      'read-write': ['readwrite', 'rw', 'write', 'edit', 'modify', 'contributor', 'editor', 'read and write'],
      admin: ['administrator', 'global admin', 'full control', 'full access', 'owner', 'superuser', 'super user', 'root'],
    },
    mentions: [
      ['admin', ['admin', 'administrator', 'tenant wide', 'global admin', 'full control', 'full access', 'owner', 'superuser', 'root']],
      ['read-only', ['read only', 'readonly', 'view only', 'viewer', 'reader']],
      ['read-write', ['read write', 'readwrite', 'read and write', 'write', 'edit', 'modify', 'update', 'create', 'delete', 'contributor', 'editor']],
      ['read-only', ['read']],
    ],
  },
  mfa: {
    same: { yes: [...YES, 'enabled', 'enforced', 'required', 'mfa', '2fa'], no: [...NO, 'disabled', 'none', 'not enabled', 'not enforced'], 'not-applicable': ['n a', 'na', 'does not apply', 'no account', 'non interactive'] },
    mentions: [
      ['unknown', ['unknown', 'not sure', 'dont know']],
      ['not-applicable', ['not applicable', 'n a', 'service principal', 'app only', 'non interactive']],
      ['no', ['no mfa', 'no 2fa', 'not enabled', 'disabled', 'not enforced', 'excluded', 'exempt', 'exemption', 'password only', 'no']],
      ['yes', ['enabled', 'enforced', 'conditional access', 'authenticator', 'yes', 'required']],
    ],
  },
  encryption: {
    same: { yes: [...YES, 'encrypted', 'https', 'tls', 'ssl', 'sftp', 'ftps'], no: [...NO, 'unencrypted', 'not encrypted', 'http', 'ftp', 'plain text', 'plaintext', 'clear text', 'none'] },
    mentions: [
      ['unknown', ['unknown', 'not sure', 'dont know']],
      ['no', ['not encrypted', 'unencrypted', 'no tls', 'no encryption', 'plain text', 'plaintext', 'cleartext', 'clear text', 'in the clear', 'http', 'ftp', 'no']],
      ['yes', ['https', 'tls', 'ssl', 'sftp', 'ftps', 'encrypted', 'vpn', 'ssh', 'yes']],
    ],
  },
  'flow-status': {
    same: {
      active: ['live', 'running', 'in use', 'enabled', 'yes', 'production', 'in production', 'current', 'on'],
      paused: ['suspended', 'disabled', 'off', 'on hold', 'stopped', 'inactive'],
      'suspected-orphaned': ['orphaned', 'orphan', 'unowned', 'abandoned'],
      decommissioned: ['retired', 'removed', 'deleted', 'turned off', 'switched off', 'obsolete', 'no longer used', 'closed'],
    },
    mentions: [
      ['decommissioned', ['decommissioned', 'retired', 'removed', 'deleted', 'turned off', 'switched off', 'obsolete', 'no longer used', 'no longer in use']],
      ['suspected-orphaned', ['orphaned', 'orphan', 'unowned', 'abandoned', 'no owner']],
      ['paused', ['paused', 'suspended', 'disabled', 'on hold', 'stopped', 'inactive', 'not active', 'not running', 'not in use']],
      ['active', ['active', 'live', 'running', 'in use', 'enabled', 'production']],
    ],
  },
  'discovery-source': {
    mentions: [
      ['entra-app-registrations', ['entra', 'azure ad', 'aad', 'app registration', 'app registrations', 'enterprise app', 'enterprise apps', 'enterprise application', 'enterprise applications', 'oauth grants', 'azure portal']],
      ['power-platform-admin', ['power platform', 'power automate', 'ppac', 'power apps', 'coe', 'centre of excellence', 'center of excellence']],
      ['firewall-proxy-logs', ['firewall', 'proxy', 'logs', 'log', 'network', 'dns', 'traffic', 'siem']],
      ['application-admin', ['application admin', 'app admin', 'admin console', 'admin panel', 'admin centre', 'admin center', 'integration settings', 'settings', 'admin', 'administrator', 'vendor', 'supplier']],
      ['interview', ['interview', 'interviews', 'asked', 'told', 'conversation', 'meeting', 'workshop', 'discussion', 'survey', 'questionnaire', 'spoke']],
      ['documentation', ['documentation', 'docs', 'document', 'documents', 'wiki', 'runbook', 'handover', 'diagram', 'inventory', 'records', 'contract', 'confluence', 'asset register', 'dpia', 'ropa']],
    ],
  },
};
