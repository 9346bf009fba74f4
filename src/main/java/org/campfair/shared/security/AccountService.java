package org.campfair.shared.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in accounts, stored with a modern password hash (bcrypt by default, upgradable). */
@Service
public class AccountService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    AccountService(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from app_user where username = ?")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("role"))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    public boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    @Transactional
    public void create(String username, String rawPassword, Role role, @Nullable Long participantId,
            @Nullable Long villageId) {
        jdbc.sql("""
                insert into app_user (username, password_hash, role, participant_id, village_id)
                values (?, ?, ?, ?, ?)""")
                .params(username, passwords.encode(rawPassword), role.name(), participantId, villageId)
                .update();
    }

    public Optional<Long> participantOf(String username) {
        return jdbc.sql("select participant_id from app_user where username = ? and participant_id is not null")
                .param(username).query(Long.class).optional();
    }

    public Optional<Long> villageOf(String username) {
        return jdbc.sql("select village_id from app_user where username = ? and village_id is not null")
                .param(username).query(Long.class).optional();
    }
}
