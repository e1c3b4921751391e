package com.taxcollab.tasks;

import com.taxcollab.security.CurrentUserService;
import com.taxcollab.security.EngineOperators;
import com.taxcollab.security.SecurityConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TasklistTaskAccessRegistration {

    @Bean
    FilterRegistrationBean<TasklistTaskAccess> tasklistTaskAccess(TaskWork work, CurrentUserService currentUsers,
            EngineOperators operators) {
        var registration = new FilterRegistrationBean<>(new TasklistTaskAccess(work, currentUsers, operators));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(SecurityConfiguration.ENGINE_REQUEST_CHECKS);
        return registration;
    }
}
