package dev.faibric.startcheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The threads apps are started on. */
@Configuration(proxyBeanMethods = false)
class StartCheckConfiguration {

    /**
     * Platform threads, {@code concurrency} of them: starting an app is work for a core,
     * and on a carrier of virtual threads it would hold up every request behind it. The
     * spare sandbox is prepared here too, between checks.
     */
    @Bean
    ThreadPoolTaskExecutor startChecks(StartCheckSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("start-check-");
        executor.setDaemon(true);
        executor.setCorePoolSize(settings.concurrency());
        executor.setMaxPoolSize(settings.concurrency());
        executor.setQueueCapacity(1024);
        executor.setAwaitTerminationSeconds(2);
        return executor;
    }

}
