import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { type useBookingStyles } from './useBookingStyles.styles';
import { useDialogAction } from './useDialogAction';

/** Props of `ConfirmDialog`. */
export interface ConfirmDialogProps {
  /** Kept mounted while it closes, so that Fluent can hand focus back and end its animation. */
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  /** The confirming button's text, and its text while the change is saved. */
  readonly confirm: string;
  readonly busy: string;
  /** The other button's text: leave things as they are. */
  readonly keep: string;
  readonly styles: ReturnType<typeof useBookingStyles>;
  /** Makes the change; resolves with what went wrong, or `null`, and the dialog closes. */
  readonly onConfirm: () => Promise<string | null>;
  readonly onClose: () => void;
}

/** Asks before a change that cannot be taken back (a cancellation, a removal), and says why it failed if it did. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { busy, failure, run } = useDialogAction(props.onClose);
  const confirm = () => run(props.onConfirm);
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      onOpenChange={(_e, data) => !data.open && !busy && props.onClose()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={props.styles.section}>
            <p>{props.body}</p>
            {failure === null ? null : (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{failure}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void confirm()}>
              {busy ? props.busy : props.confirm}
            </Button>
            <Button disabledFocusable={busy} onClick={props.onClose}>
              {props.keep}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
