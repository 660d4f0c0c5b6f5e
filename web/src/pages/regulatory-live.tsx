// The live side panel of the questionnaire: the class as the answers stand, its rules and the route, updated per answer.
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { questionText } from '../../../src/regulatory/questionnaire-text.ts';
import type { QuestionId } from '../../../src/regulatory/questionnaire.ts';
import { useT } from '../i18n.ts';
import { analyse, type Evaluation } from './regulatory-engine.ts';
import { classLabel, RouteSummary, RuleList } from './regulatory-rules.tsx';
import { REGULATORY } from './regulatory.messages.ts';

export function LivePanel({ evaluation, open, lang }: { evaluation: Evaluation; open: number; lang: Lang }) {
  const { t } = useT(REGULATORY);
  const missing = evaluation.ok ? [] : evaluation.missing;
  const route = evaluation.ok ? analyse(evaluation.profile, evaluation.classification).route : null;
  return (
    <aside class="regulatory-live" aria-labelledby="regulatory-live-title">
      <h2 id="regulatory-live-title">{t('live.title')}</h2>
      <div role="status" aria-live="polite" class="regulatory-live-status">
        {evaluation.ok ? (
          <p>
            <span class="regulatory-live-class">{t('classIs', { cls: classLabel(evaluation.classification) })}</span>
            <span class="muted"> · {t('live.rules', { count: evaluation.classification.rules.length })}</span>
          </p>
        ) : (
          <p>{t('live.missing', { question: missing.map((m) => questionText(lang, m as QuestionId)?.prompt ?? m).join(' ') })}</p>
        )}
      </div>
      {open > 0 && evaluation.ok && <p class="muted regulatory-live-open">{t('live.open', { count: open })}</p>}
      {evaluation.ok && (
        <>
          <RuleList classification={evaluation.classification} lang={lang} />
          {route && (
            <>
              <h3>{t('live.route')}</h3>
              <RouteSummary route={route} lang={lang} />
            </>
          )}
        </>
      )}
    </aside>
  );
}
