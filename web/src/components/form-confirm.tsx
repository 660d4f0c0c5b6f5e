// A button that asks for confirmation in a modal dialog before a destructive action (Escape or Cancel closes it).
import { useId, useRef } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { FORM_KIT } from './form-messages.ts';

type Props = { label: string; detail?: string; question: string; confirmLabel?: string; onConfirm: () => void | Promise<void>; disabled?: boolean };

/** Shows `label` (and `detail` to screen readers only, e.g. which item); a click opens a dialog asking `question`, and only its confirm button runs `onConfirm`. */
export function ConfirmButton({ label, detail, question, confirmLabel, onConfirm, disabled }: Props) {
  const { t } = useT(FORM_KIT);
  const questionId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  return (
    <>
      <button type="button" class="danger" disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
        {detail && <span class="visually-hidden"> {detail}</span>}
      </button>
      <dialog ref={dialog} class="confirm-dialog" aria-labelledby={questionId}>
        <p id={questionId}>{question}</p>
        <div class="form-actions">
          <button
            type="button"
            class="danger primary"
            onClick={() => {
              close();
              void onConfirm();
            }}
          >
            {confirmLabel ?? t('confirm')}
          </button>
          <button type="button" onClick={close} autoFocus>
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
