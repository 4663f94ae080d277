package nl.koers.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.koers.web.ProblemWriter;

/**
 * Two doors: the API and actuator speak HTTP Basic or a personal API token (Bearer) and answer in problem+json; the
 * pages use a Dutch login form with CSRF protection. Both send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline scripts or styles anywhere: everything is served by Koers itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring Security would otherwise wrap each of its filters, the sign-in and every access decision in an
     * observation of its own: about twenty per request, a tenth of a guided turn's processor time, for figures nobody
     * reads. The request itself is still observed (http.server.requests), and so are the model's calls.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems, LoginThrottle throttle,
            ClientAddress clientAddress, ApiTokens tokens) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/knowledge/reindex").hasRole(Role.HR.name())
                        .anyRequest().authenticated())
                .authenticationProvider(throttle.guard())
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("Koers").authenticationEntryPoint(entryPoint)
                        .authenticationDetailsSource(clientAddress))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, problems.message("problem.forbidden"))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic credentials are sent explicitly per request; there is no session cookie to forge.
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * Where signing in returns to: a whole page that was asked for, never a part of one (the chat's live parts,
     * fetched by its script or htmx) which would show as a bare fragment after signing in.
     */
    static HttpSessionRequestCache pagesToReturnTo() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && !request.getRequestURI().endsWith("/live")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
        return cache;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, LoginThrottle throttle, ClientAddress clientAddress)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.POST, "/kennis/herindexeren").hasRole(Role.HR.name())
                        .anyRequest().authenticated())
                .authenticationProvider(throttle.guard())
                .formLogin(form -> form
                        .loginPage("/login")
                        .authenticationDetailsSource(clientAddress)
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof LoginThrottle.Paused paused ? pausedPage(paused) : "/login?fout")))
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd"))
                .requestCache(cache -> cache.requestCache(pagesToReturnTo()))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** The login page with the Dutch reason to wait: minutes for a pause, seconds for a slowdown. */
    private static String pausedPage(LoginThrottle.Paused paused) {
        return switch (paused.reason()) {
            case NAME -> "/login?gepauzeerd=" + paused.minutes();
            case ADDRESS -> "/login?adres=" + paused.minutes();
            case SLOWED -> "/login?wacht=" + paused.seconds();
        };
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults());
    }
}
