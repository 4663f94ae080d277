package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import nl.koers.accounts.AccountProperties;

/**
 * No Docker engine runs here, so the compose file is checked against the application's own configuration:
 * the same ports, the same model, a database that matches its credentials, volumes for everything that
 * must survive, and environment variables that bind to real settings.
 */
class DockerComposeTest {

    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{([A-Z_]+):[-?]([^}]*)}");

    private static Map<String, Object> compose;
    private static Map<String, Object> services;
    private static Map<String, Object> koersEnvironment;
    private static Set<String> settings;

    @BeforeAll
    static void read() throws IOException {
        compose = yaml(Path.of("docker-compose.yml"));
        services = map(compose.get("services"));
        koersEnvironment = map(map(services.get("koers")).get("environment"));
        settings = new HashSet<>();
        for (String file : List.of("application.yml", "application-postgres.yml", "application-prod.yml")) {
            flatten("", yaml(Path.of("src/main/resources", file)), settings);
        }
    }

    @Test
    void startsKoersPostgresOllamaAndTheModelPull() {
        assertThat(services).containsOnlyKeys("koers", "postgres", "ollama", "ollama-pull");
        assertThat(map(map(services.get("koers")).get("build"))).containsKey("dockerfile_inline");
        assertThat(map(services.get("ollama-pull")).get("restart")).isEqualTo("no");
    }

    @Test
    void koersListensOnTheConfiguredPort() {
        String serverPort = String.valueOf(setting("server.port"));
        assertThat(ports("koers")).contains(serverPort + ":" + serverPort);
        assertThat(inlineDockerfile()).contains("EXPOSE " + serverPort);
    }

    @Test
    void ollamaIsReachedOnItsServiceNameAndDefaultPort() {
        URI configured = URI.create((String) setting("spring.ai.ollama.base-url"));
        URI inCompose = URI.create(environment("SPRING_AI_OLLAMA_BASE_URL"));

        assertThat(inCompose.getHost()).isEqualTo("ollama");
        assertThat(inCompose.getPort()).isEqualTo(configured.getPort());
        assertThat(ports("ollama")).contains(configured.getPort() + ":" + configured.getPort());
        assertThat(map(map(services.get("ollama-pull")).get("environment")).get("OLLAMA_HOST"))
                .isEqualTo(environment("SPRING_AI_OLLAMA_BASE_URL"));
    }

    @Test
    void theModelKoersAsksForIsTheModelThatIsPulled() {
        String model = (String) setting("spring.ai.ollama.chat.model");
        @SuppressWarnings("unchecked")
        List<String> pull = (List<String>) map(services.get("ollama-pull")).get("entrypoint");

        assertThat(defaultOf(environment("SPRING_AI_OLLAMA_CHAT_MODEL"))).isEqualTo(model);
        assertThat(pull).hasSize(3).startsWith("ollama", "pull");
        assertThat(defaultOf(pull.get(2))).isEqualTo(model);
        assertThat(variableOf(pull.get(2))).isEqualTo(variableOf(environment("SPRING_AI_OLLAMA_CHAT_MODEL")));
    }

    @Test
    void koersUsesTheComposeDatabaseWithItsCredentials() {
        Map<String, Object> postgres = map(map(services.get("postgres")).get("environment"));
        URI jdbc = URI.create(environment("SPRING_DATASOURCE_URL").substring("jdbc:".length()));

        assertThat(jdbc.getHost()).isEqualTo("postgres");
        assertThat(jdbc.getPort()).isEqualTo(5432);
        assertThat(jdbc.getPath()).isEqualTo("/" + postgres.get("POSTGRES_DB"));
        assertThat(environment("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(environment("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(map(map(map(services.get("koers")).get("depends_on")).get("postgres")))
                .containsEntry("condition", "service_healthy");
    }

    @Test
    void runsWithThePostgresAndProductionProfiles() {
        List<String> profiles = Arrays.asList(environment("SPRING_PROFILES_ACTIVE").split(","));

        assertThat(profiles).containsExactly("postgres", "prod");
        for (String profile : profiles) {
            assertThat(Path.of("src/main/resources/application-" + profile + ".yml")).exists();
        }
    }

    @Test
    void everythingThatMustSurviveLivesInADeclaredVolume() {
        Set<String> declared = map(compose.get("volumes")).keySet();

        assertThat(volumes("postgres")).contains("postgres-data:/var/lib/postgresql/data");
        assertThat(volumes("ollama")).contains("ollama-models:/root/.ollama");
        assertThat(volumes("koers")).contains("koers-data:" + environment("KOERS_DATA_DIR"));
        for (String service : services.keySet()) {
            for (String volume : volumes(service)) {
                String source = volume.substring(0, volume.indexOf(':'));
                assertThat(source.startsWith("./") || declared.contains(source)).as(volume).isTrue();
            }
        }
    }

    @Test
    void everyKoersVariableBindsToARealSetting() {
        Set<String> accountFields = new HashSet<>();
        Arrays.stream(AccountProperties.Account.class.getRecordComponents()).forEach(c -> accountFields.add(c.getName()));

        for (String variable : koersEnvironment.keySet()) {
            Matcher listItem = Pattern.compile("KOERS_ACCOUNTS_USERS_\\d+_([A-Z]+)").matcher(variable);
            if (listItem.matches()) {
                assertThat(accountFields).as(variable).contains(listItem.group(1).toLowerCase());
            } else if (!variable.equals("SPRING_PROFILES_ACTIVE")) {
                assertThat(settings).as(variable + " binds to a setting in application*.yml")
                        .contains(canonical(variable));
            }
        }
    }

    @Test
    void theImageHoldsTheJarWithTheLibrariesItsManifestNames() throws IOException {
        String manifestPrefix = Files.readString(Path.of("pom.xml"))
                .replaceAll("(?s).*<classpathPrefix>([^<]+)</classpathPrefix>.*", "$1");

        assertThat(manifestPrefix).isEqualTo("lib/");
        assertThat(inlineDockerfile()).contains("COPY --from=build /src/target/lib /app/" + manifestPrefix.replace("/", ""))
                .contains("COPY --from=build /src/target/koers.jar /app/koers.jar")
                .contains("\"-jar\", \"/app/koers.jar\"");
    }

    @Test
    void theAdministratorPasswordMustBeChosen() {
        assertThat(environment("KOERS_ACCOUNTS_USERS_0_PASSWORD")).startsWith("${KOERS_HR_PASSWORD:?");
    }

    private static Object setting(String key) {
        Object value = settingsTree(key);
        assertThat(value).as(key).isNotNull();
        return value;
    }

    private static Object settingsTree(String key) {
        try {
            Object node = yaml(Path.of("src/main/resources/application.yml"));
            for (String part : key.split("\\.")) {
                node = map(node).get(part);
            }
            return node;
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String environment(String variable) {
        Object value = koersEnvironment.get(variable);
        assertThat(value).as(variable).isNotNull();
        return String.valueOf(value);
    }

    private static String defaultOf(String expression) {
        Matcher matcher = DEFAULTED.matcher(expression);
        assertThat(matcher.matches()).as(expression + " has a default").isTrue();
        return matcher.group(2);
    }

    private static String variableOf(String expression) {
        Matcher matcher = DEFAULTED.matcher(expression);
        assertThat(matcher.matches()).isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String service) {
        return (List<String>) map(services.get(service)).getOrDefault("ports", List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> volumes(String service) {
        return (List<String>) map(services.get(service)).getOrDefault("volumes", List.of());
    }

    private static String inlineDockerfile() {
        return (String) map(map(services.get("koers")).get("build")).get("dockerfile_inline");
    }

    /** Spring's relaxed binding, reduced to letters and digits: SPRING_AI_OLLAMA_BASE_URL = spring.ai.ollama.base-url. */
    private static String canonical(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]", "");
    }

    private static void flatten(String prefix, Map<String, Object> node, Set<String> into) {
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            String key = prefix + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?>) {
                flatten(key + ".", map(entry.getValue()), into);
            } else {
                into.add(canonical(key));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }
}
