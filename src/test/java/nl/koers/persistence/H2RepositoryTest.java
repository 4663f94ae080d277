package nl.koers.persistence;

class H2RepositoryTest extends RepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
