import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { type Translate } from '../../domain';

/** Asks before the inventory goes to the reviewer, since the manager cannot change it afterwards. */
export function SubmitDialog(props: {
  open: boolean;
  unitName: string;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { open, unitName, t, onConfirm, onCancel } = props;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('submit.confirmTitle')}</DialogTitle>
          <DialogContent>{t('submit.confirmBody', { unit: unitName })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('submit.confirm')}
            </Button>
            <Button onClick={onCancel}>{t('submit.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
