package nl.koers.system;

class H2RepositoryTest extends RepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
