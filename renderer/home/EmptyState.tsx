/** What the app is for and how to begin, shown before anything is stored. */
export function EmptyState() {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">No assessments yet</h2>
      <p>
        Integration Mapper helps you map how an organisation's systems are connected: which data flows between them,
        how each connection signs in, where its credentials are kept, who owns it and when anyone last looked, so the
        next person does not have to rediscover it all.
      </p>
      <p>
        To start, choose <strong>New assessment</strong>, give it a name, then add the organisation's systems and draw
        the data flows between them.
      </p>
      <p className="muted">Everything you record stays on this computer. Nothing is sent over the network.</p>
    </section>
  );
}
