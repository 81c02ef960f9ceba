type KeptDraftBannerProps = { revision: number; onRestore: () => void; onDiscard: () => void };

/** After a conflict reload: the person's own edits wait here until restored or discarded. */
export function KeptDraftBanner({ revision, onRestore, onDiscard }: KeptDraftBannerProps) {
  return (
    <div className="banner banner-info" role="status" data-testid="kept-draft-banner">
      <span aria-hidden="true">ℹ</span>
      <div style={{ flex: 1 }}>
        Showing revision {revision}, saved by someone else. Your own edits are kept as a draft: restore them to continue from your version (saving then
        makes it the newest revision), or discard them.
      </div>
      <div className="row">
        <button type="button" className="btn btn-small btn-primary" onClick={onRestore}>
          Restore my draft
        </button>
        <button type="button" className="btn btn-small" onClick={onDiscard}>
          Discard my draft
        </button>
      </div>
    </div>
  );
}
