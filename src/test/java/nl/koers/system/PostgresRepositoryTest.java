package nl.koers.system;

/** The same contract on the real PostgreSQL at 127.0.0.1:5432, database {@code test}, in a schema of its own. */
class PostgresRepositoryTest extends RepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
