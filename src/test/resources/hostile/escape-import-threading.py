# Start threads that outlive the run.
import threading
threading.Thread(target=lambda: None).start()
