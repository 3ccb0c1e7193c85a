import { useAsync } from '@/hooks/useAsync';
import { getUsage, type Quota, type Usage } from '../api/usage';

const RATE_NAMES: Record<string, string> = {
  generate: 'New apps',
  change: 'Changes',
  'library-import': 'Library imports',
  'library-search': 'Library searches',
  'sign-in': 'Sign-in attempts',
};

const numberFormat = new Intl.NumberFormat('en');

export function per(periodSeconds: number): string {
  if (periodSeconds === 60) return 'a minute';
  if (periodSeconds === 3600) return 'an hour';
  if (periodSeconds === 86400) return 'a day';
  if (periodSeconds % 60 === 0) return `every ${periodSeconds / 60} minutes`;
  return `every ${periodSeconds} seconds`;
}

function QuotaMeter({ label, quota, resets }: { label: string; quota: Quota; resets: string }) {
  const share = quota.limit > 0 ? Math.min(1, quota.used / quota.limit) : 0;
  const full = quota.used >= quota.limit;
  return (
    <div className="usage-quota" data-testid={`usage-${label.toLowerCase().replace(/\W+/g, '-')}`}>
      <div className="usage-quota-head">
        <span>{label}</span>
        <span className={full ? 'usage-full' : undefined}>
          {numberFormat.format(quota.used)} of {numberFormat.format(quota.limit)}
        </span>
      </div>
      <meter min={0} max={1} value={share} aria-label={`${label}: ${quota.used} of ${quota.limit}`} />
      <p className="muted">
        {full ? 'Used up; ' : ''}resets {resets} ({new Date(quota.resetsAt).toLocaleString()})
      </p>
    </div>
  );
}

function UsageDetails({ usage }: { usage: Usage }) {
  return (
    <>
      {!usage.limited && <p className="muted">Limits are switched off on this server.</p>}
      <QuotaMeter label="Generations today" quota={usage.generationsToday} resets="at midnight UTC" />
      <QuotaMeter label="Model tokens this month" quota={usage.tokensThisMonth} resets="on the 1st (UTC)" />
      <p data-testid="usage-builds">
        Builds on this server: {usage.builds.running} running (at most {usage.builds.maxRunning} at once),{' '}
        {usage.builds.queued} waiting (at most {usage.builds.maxQueued}).
      </p>
      <table className="usage-rates">
        <caption>Request rates</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Per account</th>
            <th scope="col">Per address</th>
            <th scope="col">Left now</th>
          </tr>
        </thead>
        <tbody>
          {usage.rates.map((rate) => (
            <tr key={rate.action}>
              <th scope="row">{RATE_NAMES[rate.action] ?? rate.action}</th>
              <td>
                {rate.perAccount} {per(rate.periodSeconds)}
                {rate.action === 'sign-in' && ' (everyone, on this server)'}
              </td>
              <td>
                {rate.perAddress} {per(rate.periodSeconds)}
              </td>
              <td>{rate.remaining}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Chat messages</th>
            <td>
              {usage.chatMessages.perAccount} {per(usage.chatMessages.periodSeconds)}
            </td>
            <td>
              {usage.chatMessages.perConnection} {per(usage.chatMessages.periodSeconds)} per connection
            </td>
            <td />
          </tr>
        </tbody>
      </table>
    </>
  );
}

/** What the signed-in account has used of its quotas, and the limits it works within. */
export function UsagePanel() {
  const { data, error, loading, reload } = useAsync((signal) => getUsage(signal), 'usage');
  return (
    <section className="usage" aria-labelledby="usage-title">
      <div className="usage-head">
        <h1 id="usage-title">Usage and limits</h1>
        <button type="button" onClick={reload} disabled={loading}>
          Refresh
        </button>
      </div>
      {error && (
        <p role="alert" className="usage-error">
          {error.message}
        </p>
      )}
      {data ? <UsageDetails usage={data} /> : !error && <p className="muted">Loading…</p>}
    </section>
  );
}
