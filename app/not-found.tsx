import Link from "next/link";

export default function NotFound() {
  return (
    <section className="panel stack" style={{ maxWidth: 640 }}>
      <h1>Page not found</h1>
      <p>There is nothing at this address. The project may have been deleted, or the link is mistyped.</p>
      <div className="row">
        <Link className="btn btn-primary" href="/">
          Go to the project list
        </Link>
      </div>
    </section>
  );
}
