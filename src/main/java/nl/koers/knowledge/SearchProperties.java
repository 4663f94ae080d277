package nl.koers.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param watchFolder    reindex when a file in the knowledge folder changes
 * @param maxResults     the most hits one search may ask for ({@code k})
 * @param maxQueryLength the longest question accepted, in characters
 */
@ConfigurationProperties("koers.search")
public record SearchProperties(@DefaultValue("true") boolean watchFolder, @DefaultValue("20") int maxResults,
        @DefaultValue("500") int maxQueryLength) {
}
