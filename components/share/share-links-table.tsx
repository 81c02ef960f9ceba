import { RelativeTime } from "@/components/ui/relative-time";
import type { ShareLink } from "@/lib/server/api/share-schemas";
import styles from "./share.module.css";

const STATUS = {
  active: { icon: "●", text: "Active" },
  expired: { icon: "◌", text: "Expired" },
  revoked: { icon: "✕", text: "Revoked" },
} as const;

type ShareLinksTableProps = { links: ShareLink[]; onRevoke: (link: ShareLink) => void };

/** Every link of the project, newest first, with when it was last opened and how often. */
export function ShareLinksTable({ links, onRevoke }: ShareLinksTableProps) {
  if (links.length === 0) return <p className="muted small">No link yet. Links you create appear here.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Share links" data-testid="share-links">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Shows</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last opened</th>
            <th scope="col" className={styles.numeric}>
              Opens
            </th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => {
            const name = link.label || "Unlabelled link";
            return (
              <tr key={link.id} data-testid={`share-${link.id}`} data-status={link.status}>
                <th scope="row">{link.label || <span className="muted">Unlabelled</span>}</th>
                <td>{link.revision === null ? "Latest revision" : `Revision ${link.revision}`}</td>
                <td>
                  <RelativeTime iso={link.createdAt} />
                </td>
                <td>{link.expiresAt ? <RelativeTime iso={link.expiresAt} /> : "Never"}</td>
                <td data-testid="last-opened">{link.lastOpenedAt ? <RelativeTime iso={link.lastOpenedAt} /> : "Never"}</td>
                <td className={styles.numeric} data-testid="open-count">
                  {link.openCount}
                </td>
                <td>
                  <span className={styles.status} data-status={link.status}>
                    <span aria-hidden="true">{STATUS[link.status].icon} </span>
                    {STATUS[link.status].text}
                  </span>
                </td>
                <td className={styles.actions}>
                  {link.status === "active" ? (
                    <button type="button" className="btn btn-small" onClick={() => onRevoke(link)} aria-label={`Revoke ${name}`}>
                      Revoke…
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
