import { Link } from 'react-router-dom';

export function NotFoundRoute() {
  return (
    <div className="not-found" role="alert">
      <h1>Page not found</h1>
      <Link to="/" className="primary button-link">
        Back to Faibric
      </Link>
    </div>
  );
}
