// The report's period picker: last year, this year, last quarter or a custom span of days, and the time series'
// interval. Presets apply at once; a custom period applies with its button, its field errors shown under the dates.
import { useEffect, useState } from 'preact/hooks';
import type { FieldError } from '../api.ts';
import { useT } from '../i18n.ts';
import { presetOf, presetPeriod, PRESETS, type Interval, type Preset, type ReportRequest } from './report-api.ts';
import { REPORT } from './report.messages.ts';

type Props = { request: ReportRequest; today: Date; errors: FieldError[]; onChange: (request: ReportRequest) => void };

export function PeriodPicker({ request, today, errors, onChange }: Props) {
  const { t } = useT(REPORT);
  const current = presetOf(request, today);
  const [choice, setChoice] = useState<Preset | 'custom'>(current ?? 'custom');
  const [from, setFrom] = useState(request.from);
  const [to, setTo] = useState(request.to);
  useEffect(() => {
    setFrom(request.from);
    setTo(request.to);
    if (errors.length > 0 || current === null) setChoice('custom');
    else setChoice(current);
  }, [request.from, request.to, errors.length]);

  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const choose = (value: string) => {
    if (value === 'custom') return setChoice('custom');
    const preset = value as Preset;
    setChoice(preset);
    onChange({ ...presetPeriod(preset, today), interval: request.interval });
  };
  const submit = (e: Event) => {
    e.preventDefault();
    onChange({ from, to, interval: request.interval });
  };
  const dateField = (field: 'from' | 'to', value: string, set: (v: string) => void) => {
    const error = errorOf(field);
    return (
      <div class="field">
        <label for={`report-${field}`}>{t(`period.${field}`)}</label>
        <input id={`report-${field}`} type="date" value={value} required onInput={(e) => set(e.currentTarget.value)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `report-${field}-error` : undefined} />
        {error && <p id={`report-${field}-error`} class="field-error">{error}</p>}
      </div>
    );
  };
  return (
    <form class="report-picker" onSubmit={submit} aria-label={t('period.legend')}>
      <div class="field">
        <label for="report-preset">{t('period.preset')}</label>
        <select id="report-preset" value={choice} onChange={(e) => choose(e.currentTarget.value)}>
          {PRESETS.map((p) => <option key={p} value={p}>{t(`period.presets.${p}`)}</option>)}
          <option value="custom">{t('period.presets.custom')}</option>
        </select>
      </div>
      {choice === 'custom' && (
        <>
          {dateField('from', from, setFrom)}
          {dateField('to', to, setTo)}
        </>
      )}
      <div class="field">
        <label for="report-interval">{t('period.interval')}</label>
        <select id="report-interval" value={request.interval ?? 'auto'}
          onChange={(e) => onChange({ ...request, interval: e.currentTarget.value === 'auto' ? null : (e.currentTarget.value as Interval) })}>
          {(['auto', 'month', 'quarter', 'year'] as const).map((i) => <option key={i} value={i}>{t(`period.intervals.${i}`)}</option>)}
        </select>
      </div>
      {choice === 'custom' && <button type="submit" class="primary">{t('period.apply')}</button>}
    </form>
  );
}
