-- One open seizure per 协助执行通知书 and property in a jurisdiction: identical submissions at the
-- same moment open one case, the others find it (SeizureFiling). H2, the zero-setup default, has no
-- partial indexes; there the check before opening stands alone.
CREATE UNIQUE INDEX seizures_open_once ON seizures (jurisdiction, assistance_notice_no, certificate_no)
    WHERE status NOT IN ('REJECTED', 'RELEASED', 'LAPSED');
