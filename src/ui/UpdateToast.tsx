/** A polite, non-blocking notice: a new version never reloads the page until the user says so. */
export function UpdateToast(props: {
  message: string;
  actionLabel: string;
  dismissLabel: string;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  return (
    <div class="toast" role="status" aria-live="polite">
      <p class="toast__message">{props.message}</p>
      <button type="button" class="button button--primary" onClick={props.onAccept}>
        {props.actionLabel}
      </button>
      <button type="button" class="button" onClick={props.onDismiss}>
        {props.dismissLabel}
      </button>
    </div>
  );
}
