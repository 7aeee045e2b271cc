#!/bin/sh
# A hand-written start script of the kind found in wikis and CI jobs, kept as it was
# written years ago: it still starts the guest, but QEMU warns about several items and
# newer releases refuse some of them. `qemu-opts lint examples/start-vm.sh` says which.
VM=/srv/vm/debian-12
QEMU_AUDIO_DRV=none exec qemu-system-x86_64 \
  -machine q35,accel=kvm -cpu host -smp 4 -m 4096 \
  -name debian-12,process=debian-12 \
  -drive file=/srv/vm/debian-12.qcow2,if=virtio,format=qcow2,cache=none,discard=unmap \
  -netdev user,id=net0,hostfwd=tcp:127.0.0.1:2222-:22 \
  -device virtio-net-pci,netdev=net0 \
  -chardev socket,id=mon0,path=/run/vm/debian-12.mon,server,nowait \
  -mon chardev=mon0,mode=control \
  -rtc base=utc,clock=host \
  -msg timestamp \
  -display none -daemonize \
  -pidfile "$VM.pid" \
  -runas qemu
