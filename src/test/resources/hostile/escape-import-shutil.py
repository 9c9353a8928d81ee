# Delete files through shutil (harmless here even if it ran: it only asks for disk usage).
import shutil
print(shutil.disk_usage('/'))
