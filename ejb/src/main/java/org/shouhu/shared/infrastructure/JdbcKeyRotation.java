package org.shouhu.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.shouhu.shared.application.KeyRotation;
import org.shouhu.shared.domain.Role;

/**
 * Re-encrypts, over JDBC, every encrypted value that is not under the current data key (after a new
 * {@code SHOUHU_DATA_KEY} was configured and the old one moved to {@code
 * SHOUHU_DATA_KEYS_RETIRED}). Afterwards the retired keys can be removed. One transaction: at
 * district scale (thousands of rows) this takes seconds; a province would run it in batches.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class JdbcKeyRotation implements KeyRotation {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject @Any Instance<EncryptedFiles> files;

  @Override
  public Result rotate() {
    FieldCipher cipher = Keys.cipher();
    int count = 0;
    try (Connection db = dataSource.getConnection()) {
      for (String tableColumn : Encrypted.COLUMNS) {
        count += rotate(db, cipher, tableColumn);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("key rotation failed", e);
    }
    for (EncryptedFiles store : files) {
      count += store.reencrypt(cipher);
    }
    return new Result(cipher.currentVersion(), count);
  }

  private static int rotate(Connection db, FieldCipher cipher, String tableColumn)
      throws SQLException {
    String table = tableColumn.substring(0, tableColumn.indexOf('.'));
    String column = tableColumn.substring(tableColumn.indexOf('.') + 1);
    int count = 0;
    try (PreparedStatement select =
            db.prepareStatement(
                "SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
        PreparedStatement update =
            db.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String stored = rows.getString(2);
        if (!FieldCipher.versionOf(stored).equals(cipher.currentVersion())) {
          update.setString(1, cipher.encrypt(cipher.decrypt(stored, tableColumn), tableColumn));
          update.setString(2, rows.getString(1));
          update.addBatch();
          count++;
        }
      }
      update.executeBatch();
    }
    return count;
  }
}
