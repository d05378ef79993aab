import { defineVocabulary, type ValueOf } from './vocabulary';

/** What kinds of data a flow carries (several may apply). */
export const DATA_TYPES = defineVocabulary('data-type', 'Data type', [
  { value: 'personal', label: 'Personal data', description: 'Anything that identifies a living person: names, emails, addresses, phone numbers.' },
  { value: 'special-category', label: 'Special-category data', description: 'Health, religion, ethnicity, sexuality, politics, union membership, biometrics (GDPR Art. 9).' },
  { value: 'financial', label: 'Financial / bank details', description: 'Bank account numbers, sort codes, invoices, salaries, Gift Aid claims.' },
  { value: 'payment-card', label: 'Payment card data', description: 'Card numbers or card details (PCI DSS applies).' },
  { value: 'donor-records', label: 'Donor records', description: 'Donation history, pledges and supporter preferences.' },
  { value: 'employee-hr', label: 'Employee / HR data', description: 'Staff and volunteer records: contracts, absence, pay, performance.' },
  { value: 'credentials', label: 'Credentials', description: 'Passwords, keys or tokens that let someone sign in to something.' },
  { value: 'internal-confidential', label: 'Internal confidential', description: 'Business information not meant for outsiders: plans, board papers, contracts.' },
  { value: 'public', label: 'Public', description: 'Information that is already published or meant for anyone to see.' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody has found out yet what data the flow carries.' },
]);
export type DataType = ValueOf<typeof DATA_TYPES>;

/** Which way data moves between the two systems. */
export const DIRECTIONS = defineVocabulary('direction', 'Direction', [
  { value: 'one-way', label: 'One-way', description: 'Data moves only from the source to the destination.' },
  { value: 'two-way', label: 'Two-way', description: 'Each system writes to the other (a sync); changes travel both ways.' },
  { value: 'unknown', label: 'Unknown', description: 'Not known which way data moves.' },
]);
export type Direction = ValueOf<typeof DIRECTIONS>;

/** How often data moves. */
export const FREQUENCIES = defineVocabulary('frequency', 'Frequency', [
  { value: 'real-time', label: 'Real-time / on event', description: 'Moves as soon as something happens, e.g. a new donation.' },
  { value: 'hourly', label: 'Hourly', description: 'Runs every hour or more often on a schedule.' },
  { value: 'daily', label: 'Daily', description: 'Runs once a day.' },
  { value: 'weekly', label: 'Weekly', description: 'Runs once a week.' },
  { value: 'monthly', label: 'Monthly', description: 'Runs once a month, e.g. a Gift Aid claim.' },
  { value: 'ad-hoc', label: 'Ad hoc / manual', description: 'Someone runs it by hand when needed.' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody knows how often it runs.' },
]);
export type Frequency = ValueOf<typeof FREQUENCIES>;

/** The technical means by which data moves. */
export const MECHANISMS = defineVocabulary('mechanism', 'Mechanism', [
  { value: 'native-connector', label: 'Native connector', description: "A built-in integration one of the products offers (\"Connect to Xero\")." },
  { value: 'api', label: 'API', description: "One system calls the other's programming interface directly." },
  { value: 'ipaas-flow', label: 'iPaaS / automation flow', description: 'A flow in an automation platform such as Power Automate, Zapier or Make.' },
  { value: 'file-transfer', label: 'File transfer', description: 'Files are exported and imported: CSV uploads, SFTP, shared folders.' },
  { value: 'email', label: 'Email', description: 'Data is sent as email messages or attachments.' },
  { value: 'database-link', label: 'Database link', description: "One system reads or writes the other's database directly." },
  { value: 'custom-script', label: 'Custom script', description: 'A script or scheduled job someone wrote moves the data.' },
  { value: 'webhook', label: 'Webhook', description: 'One system calls a web address on the other when something happens.' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody knows yet how the data moves.' },
]);
export type Mechanism = ValueOf<typeof MECHANISMS>;

/** How the integration proves who it is to the system it connects to. */
export const AUTHENTICATIONS = defineVocabulary('authentication', 'Authentication', [
  { value: 'oauth-delegated', label: 'OAuth (delegated user)', description: "Signs in with OAuth on behalf of a person; it can do what that person can do." },
  { value: 'oauth-client-credentials', label: 'OAuth app / client credentials', description: 'An app registration with its own identity and secret or certificate.' },
  { value: 'api-key', label: 'API key', description: 'A long secret string that grants access to whoever holds it.' },
  { value: 'service-account-password', label: 'Service account + password', description: 'A dedicated non-personal account that signs in with a password.' },
  { value: 'personal-account', label: "A named person's account", description: "Runs as a real person's login, e.g. a Power Automate flow runs as its creator." },
  { value: 'certificate', label: 'Certificate', description: 'Proves identity with a certificate and private key.' },
  { value: 'shared-login', label: 'Shared login', description: 'A username and password that several people or tools use.' },
  { value: 'none', label: 'None', description: 'No authentication: anyone who can reach it can use it.' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody knows yet how the integration signs in.' },
]);
export type Authentication = ValueOf<typeof AUTHENTICATIONS>;

/** Where the integration's secret (password, key, token) is kept. */
export const CREDENTIAL_LOCATIONS = defineVocabulary('credential-location', 'Credential location', [
  { value: 'secrets-vault', label: 'Secrets vault', description: 'A dedicated secrets store such as Azure Key Vault or AWS Secrets Manager.' },
  { value: 'integration-platform', label: "Integration platform's store", description: "Kept inside the automation platform's own connection store." },
  { value: 'password-manager', label: 'Password manager', description: 'A password manager such as Bitwarden, 1Password or Keeper.' },
  { value: 'config-file', label: 'Config file', description: 'A configuration file on a server or laptop.' },
  { value: 'environment-variable', label: 'Environment variable', description: "Set in the environment of the machine or service that runs the integration." },
  { value: 'in-code', label: 'In code / script', description: 'Written into the source code or script itself.' },
  { value: 'spreadsheet-document', label: 'Spreadsheet / document', description: 'Typed into a spreadsheet, Word document or wiki page.' },
  { value: 'email-chat', label: 'Email / chat', description: 'Sent in an email, Teams or Slack message.' },
  { value: 'written-down', label: 'Written down', description: 'On paper, a sticky note or a notebook.' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody knows where the credential is kept.' },
]);
export type CredentialLocation = ValueOf<typeof CREDENTIAL_LOCATIONS>;

/** What the integration's account may do in the destination. */
export const PERMISSIONS = defineVocabulary('permission', 'Permissions', [
  { value: 'read-only', label: 'Read-only', description: 'Can read data but not change it.' },
  { value: 'read-write', label: 'Read-write', description: 'Can read, create and change data.' },
  { value: 'admin', label: 'Admin / tenant-wide', description: 'Can change settings or reach everything in the system or tenant.' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody knows what the account is allowed to do.' },
]);
export type Permission = ValueOf<typeof PERMISSIONS>;

/** Whether multi-factor authentication protects the integration's account. */
export const MFA_STATES = defineVocabulary('mfa', 'MFA on the account', [
  { value: 'yes', label: 'Yes', description: 'Signing in to the account needs a second factor.' },
  { value: 'no', label: 'No', description: 'A password alone is enough to sign in to the account.' },
  { value: 'not-applicable', label: 'Not applicable', description: 'The credential is not an interactive account (e.g. a certificate or app secret).' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody knows whether MFA is on.' },
]);
export type MfaState = ValueOf<typeof MFA_STATES>;

/** Whether the data is encrypted while it travels. */
export const ENCRYPTION_STATES = defineVocabulary('encryption', 'Encrypted in transit', [
  { value: 'yes', label: 'Yes', description: 'Travels over an encrypted channel such as HTTPS, SFTP or TLS.' },
  { value: 'no', label: 'No', description: 'Travels in the clear, e.g. plain FTP, HTTP or unencrypted email.' },
  { value: 'unknown', label: 'Unknown', description: 'Nobody knows whether it is encrypted.' },
]);
export type EncryptionState = ValueOf<typeof ENCRYPTION_STATES>;

/** Whether the flow is still running. */
export const FLOW_STATUSES = defineVocabulary('flow-status', 'Flow status', [
  { value: 'active', label: 'Active', description: 'Running today.' },
  { value: 'paused', label: 'Paused', description: 'Switched off for now, but could be switched back on.' },
  { value: 'suspected-orphaned', label: 'Suspected orphaned', description: 'Still running, but nobody seems to own or need it.' },
  { value: 'decommissioned', label: 'Decommissioned', description: 'Switched off for good.' },
]);
export type FlowStatus = ValueOf<typeof FLOW_STATUSES>;

/** Where the assessor found out about the flow. */
export const DISCOVERY_SOURCES = defineVocabulary('discovery-source', 'Discovered via', [
  { value: 'entra-app-registrations', label: 'Entra ID app registrations', description: 'Found under App registrations or Enterprise applications (OAuth grants).' },
  { value: 'power-platform-admin', label: 'Power Platform admin centre', description: 'Found in the Power Platform admin centre (Power Automate flows).' },
  { value: 'application-admin', label: 'Application admin', description: "Found in an application's own integration settings or from its administrator." },
  { value: 'firewall-proxy-logs', label: 'Firewall / proxy logs', description: 'Spotted as connections to an outside service in network logs.' },
  { value: 'interview', label: 'Interview', description: 'Someone told the assessor about it.' },
  { value: 'documentation', label: 'Documentation', description: 'Written down in existing documentation.' },
]);
export type DiscoverySource = ValueOf<typeof DISCOVERY_SOURCES>;
