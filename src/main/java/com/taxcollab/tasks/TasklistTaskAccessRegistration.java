package com.taxcollab.tasks;

import com.taxcollab.security.CurrentUserService;
import com.taxcollab.security.EngineOperators;
import com.taxcollab.security.SecurityConfiguration;
import com.taxcollab.system.Filters;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TasklistTaskAccessRegistration {

    @Bean
    FilterRegistrationBean<TasklistTaskAccess> tasklistTaskAccess(TaskWork work, CurrentUserService currentUsers,
            EngineOperators operators) {
        return Filters.register(new TasklistTaskAccess(work, currentUsers, operators),
                SecurityConfiguration.ENGINE_REQUEST_CHECKS, "/camunda/api/engine/*");
    }
}
