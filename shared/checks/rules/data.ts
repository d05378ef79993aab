import type { SystemRecord } from '../../model';
import { FIRES, type Check, type FlowView, type Rating } from '../check';
import { flowName, isOutside, systemName } from '../context';
import { SOURCES } from '../sources';
import { describeDataTypes, describeSystem, listOf } from '../wording';

/**
 * The outside systems a flow's data reaches: its destination, and its source too unless the
 * flow is known to be one-way (a two-way or unrecorded direction may carry data back).
 */
function receivingOutside(view: FlowView): SystemRecord[] {
  const reached: SystemRecord[] = [];
  if (isOutside(view.target)) reached.push(view.target);
  if (view.flow.direction !== 'one-way' && isOutside(view.source) && view.source !== view.target) reached.push(view.source);
  return reached;
}

export const sensitiveDataLeaves: Check = {
  id: 'sensitive-data-leaves',
  title: 'Sensitive data leaves the organisation',
  condition: 'A flow sends personal, special-category, payment card, financial, donor or HR data to a system run by a vendor, a partner or a former partner. High for special-category or payment card data.',
  likelihood: 'possible',
  impact: 'major',
  // Crossing the boundary with sensitive data is what it rates; raising it again would double-count.
  raisedByExposure: false,
  why: "Once data is in someone else's system, their security, staff and contracts decide what happens to it. The law (UK GDPR) requires a written contract with anyone processing personal data for you, and extra safeguards if it leaves the UK. Health, religion and other special-category data, and card numbers, do the most harm if they leak.",
  whatToDo: 'Check that only the fields the other side needs are sent, and remove the rest from the mapping. Make sure there is a data processing agreement (and, for card data, that the receiver is PCI DSS compliant), and record it in Notes.',
  reference: `${SOURCES.governance} (layer 2: keep sensitive fields out of third-party tools); ${SOURCES.security} ("uncontrolled data exposure"); UK GDPR Art. 28 and 44-46`,
  inspectFlow: (view) => {
    if (view.sensitiveData.length === 0 || !view.crossesBoundary || !reachesOutside(view)) return null;
    return view.sensitiveData.includes('special-category') || view.sensitiveData.includes('payment-card') ? MOST_SENSITIVE_LEAVES : FIRES;
  },
  describeFlow: (view) => `The flow "${flowName(view)}" sends ${describeDataTypes(view.sensitiveData)} to ${listOf(receivingOutside(view).map(describeSystem))}.`,
};

/** Health, religion and other special-category data, and card numbers, do the most harm when they leak. */
const MOST_SENSITIVE_LEAVES: Rating = { likelihood: 'likely', impact: 'severe' };

/** Whether any of {@link receivingOutside} is there, without listing them. */
function reachesOutside(view: FlowView): boolean {
  return isOutside(view.target) || (view.flow.direction !== 'one-way' && isOutside(view.source));
}

export const twoWayAcrossBoundary: Check = {
  id: 'two-way-across-boundary',
  title: 'Two-way sync with an outside organisation',
  condition: "A flow syncs both ways between the organisation and a system run by a vendor, a partner or a former partner.",
  likelihood: 'possible',
  impact: 'moderate',
  // Crossing the boundary is its condition, so a raise for crossing it would apply every time.
  raisedByExposure: false,
  why: "A two-way sync lets changes made outside, by another organisation's staff, bugs or attackers, flow straight back into your own records, and sends your changes out without anyone choosing what to share. Work with outside organisations is usually safer one way, with each side deciding what to send.",
  whatToDo: 'Decide which side owns each piece of data and make the flow one-way where you can. Where both ways are truly needed, limit the sync to the few fields that must change on both sides.',
  reference: `${SOURCES.governance} (layer 2: "some workflows shouldn't be two-way (e.g. working with external vendors)"); ${SOURCES.toolSecurity} (bi-directional syncs carry more risk)`,
  inspectFlow: (view) => (view.flow.direction === 'two-way' && view.crossesBoundary ? FIRES : null),
  describeFlow: (view) => {
    const { source, target } = view;
    return isOutside(source) && isOutside(target)
      ? `The flow "${flowName(view)}" syncs both ways between ${describeSystem(source)} and ${describeSystem(target)}, both outside the organisation.`
      : `The flow "${flowName(view)}" syncs both ways between "${systemName(isOutside(source) ? target : source)}" and ${describeSystem(isOutside(source) ? source : target)}.`;
  },
};

export const unencryptedSensitive: Check = {
  id: 'unencrypted-sensitive',
  title: 'Sensitive data sent unencrypted',
  condition: 'A flow that carries credentials or personal, payment, financial, donor or HR data is not encrypted in transit. High when it crosses the organisation\'s boundary, elevated inside it.',
  likelihood: 'likely',
  impact: 'major',
  // Rates the boundary crossing itself: high outside, elevated inside.
  raisedByExposure: false,
  why: 'Data sent in the clear (plain FTP, HTTP, unencrypted email) can be read or changed by anyone on the networks it passes through: public Wi-Fi, a compromised router, an internet provider. Across the internet that is a real and reportable exposure.',
  whatToDo: 'Switch the flow to an encrypted channel: HTTPS instead of HTTP, SFTP instead of FTP, TLS for email and database connections. Most products support it with a setting. Then record Encrypted in transit as yes.',
  reference: `Threagile unencrypted-communication (CWE-319); ${SOURCES.toolSecurity} (minimum bar: "encryption in transit"); ${SOURCES.planning}`,
  inspectFlow: (view) => {
    if (view.flow.encryptedInTransit !== 'no') return null;
    if (view.sensitiveData.length === 0 && !view.flow.dataTypes.includes('credentials')) return null;
    return view.crossesBoundary ? FIRES : UNENCRYPTED_INSIDE;
  },
  describeFlow: (view) => {
    const carried = view.flow.dataTypes.includes('credentials') ? ['credentials' as const, ...view.sensitiveData] : view.sensitiveData;
    const outside = [view.source, view.target].filter(isOutside);
    const across = outside.length > 0 ? `, across the organisation's boundary to ${listOf(outside.map(describeSystem))}` : '';
    return `The flow "${flowName(view)}" carries ${describeDataTypes(carried)} without encryption in transit${across}.`;
  },
};

/** Inside the organisation's own network fewer people can listen in than across the internet. */
const UNENCRYPTED_INSIDE: Rating = { likelihood: 'possible' };
