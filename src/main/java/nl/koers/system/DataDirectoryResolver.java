package nl.koers.system;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code koers.data-dir} absolute before anything reads it. H2 refuses a database path that is implicitly
 * relative ("data/koers"), so without this, {@code KOERS_DATA_DIR=data} would stop Koers from starting; the
 * search index and the database must also agree on one folder however the setting was written.
 */
class DataDirectoryResolver implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIR = "koers.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(DATA_DIR);
        if (configured == null || configured.isBlank()) {
            return;
        }
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("koersDataDirectory", Map.of(DATA_DIR, absolute)));
    }

    /** After the configuration files and the random values are in place. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
