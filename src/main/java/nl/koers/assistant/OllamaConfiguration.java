package nl.koers.assistant;

import java.net.http.HttpClient;

import org.springframework.ai.model.ollama.autoconfigure.OllamaChatProperties;
import org.springframework.ai.model.ollama.autoconfigure.OllamaConnectionProperties;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.ai.ollama.management.ModelManagementOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;

/**
 * Spring AI's Ollama chat model, set up for a conversation that must never wait long: connection and read
 * timeouts from {@link LlmProperties}, and no retries, because a failed turn falls back to guided at once and the
 * {@link ModelCircuit} decides when to try again. Every call is observed through the application's
 * {@link ObservationRegistry}: its duration and outcome ({@code gen_ai.client.operation}) and its tokens
 * ({@code gen_ai.client.token.usage}) show under {@code /actuator/metrics}.
 * <p>
 * Both are made when {@link LanguageModel} first calls the model, not at start: they bring two HTTP clients, Reactor
 * Netty among them, that a start does not need.
 */
@Configuration(proxyBeanMethods = false)
class OllamaConfiguration {

    @Bean
    @Lazy
    OllamaApi ollamaApi(OllamaConnectionProperties connection, LlmProperties llm) {
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(llm.connectTimeout()).build());
        requests.setReadTimeout(llm.totalTimeout());
        var streaming = reactor.netty.http.client.HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) llm.connectTimeout().toMillis())
                .responseTimeout(llm.firstTokenTimeout());
        return OllamaApi.builder()
                .baseUrl(connection.getBaseUrl())
                .restClientBuilder(RestClient.builder().requestFactory(requests))
                .webClientBuilder(WebClient.builder().clientConnector(new ReactorClientHttpConnector(streaming)))
                .build();
    }

    @Bean
    @Lazy
    OllamaChatModel ollamaChatModel(OllamaApi api, OllamaChatProperties chat, ObservationRegistry observations) {
        OllamaChatOptions options = OllamaChatOptions.builder().model(chat.getModel())
                .temperature(chat.getTemperature()).build();
        return new OllamaChatModel(api, options, ToolCallingManager.builder().build(), observations,
                ModelManagementOptions.defaults(), new RetryTemplate(RetryPolicy.withMaxRetries(0)));
    }
}
