package org.campfair.calendar;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Where feed requests are answered: by {@link FeedFilter}, right behind the shared filters
 * that set the security headers and turn "database away" into 503 (both at the highest
 * precedence), and ahead of Spring Security (order -100) and the DispatcherServlet, which a
 * feed, whose token is its only credential, has no use for.
 */
@Configuration(proxyBeanMethods = false)
class FeedServing {

    @Bean
    FilterRegistrationBean<FeedFilter> feedFilter(ServedFeeds feeds, FeedRateLimits limits, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new FeedFilter(feeds, limits, meters));
        registration.addUrlPatterns(FeedPaths.PREFIX + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * No http.server.requests observation for feeds: it cost about a tenth of each feed
     * request's CPU, and campfair.feed.requests counts them by outcome already.
     */
    @Bean
    ObservationPredicate noHttpObservationOfFeeds() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier().getRequestURI().startsWith(request.getCarrier().getContextPath() + FeedPaths.PREFIX));
    }
}
