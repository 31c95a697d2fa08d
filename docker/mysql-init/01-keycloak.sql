-- Keycloak keeps its own database beside Shouhu's in the same MySQL server.
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
GRANT ALL PRIVILEGES ON keycloak.* TO 'shouhu'@'%';
