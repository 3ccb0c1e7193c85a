-- PostgreSQL has jsonb natively; H2 gets a domain of that name in its V1.
SELECT 1;
