package nl.koers.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Koers keeps its files. Relative paths resolve against the working directory,
 * so a fresh clone started from its root finds the bundled knowledge and prompts.
 *
 * @param dataDir      database files and the search index
 * @param knowledgeDir the knowledge base: Markdown, PDF and DOCX files
 * @param promptsDir   the question bank and the prompts for the language model
 */
@ConfigurationProperties("koers")
public record KoersProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./knowledge") Path knowledgeDir,
        @DefaultValue("./prompts") Path promptsDir) {
}
